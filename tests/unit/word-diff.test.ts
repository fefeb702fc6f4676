import { describe, expect, it } from 'vitest'
import { diffSummary, wordDiff, type DiffPart } from '@/lib/text/word-diff'

const side = (parts: DiffPart[], kind: 'added' | 'removed') =>
  parts
    .filter((part) => part.kind === 'same' || part.kind === kind)
    .map((part) => part.text)
    .join('')

describe('wordDiff', () => {
  it('marks changed words and keeps both texts recoverable', () => {
    const before = 'The cat sat on the mat.\nExports rose by 12% in 2023.'
    const after = 'A dog sat on the big mat.\nExports rose by 14% in 2024.\nNew line here.'
    const parts = wordDiff(before, after)
    expect(parts).toEqual([
      { kind: 'removed', text: 'The cat' },
      { kind: 'added', text: 'A dog' },
      { kind: 'same', text: ' sat on the ' },
      { kind: 'added', text: 'big ' },
      { kind: 'same', text: 'mat.\nExports rose by ' },
      // a figure is replaced whole
      { kind: 'removed', text: '12%' },
      { kind: 'added', text: '14%' },
      { kind: 'same', text: ' in ' },
      { kind: 'removed', text: '2023' },
      { kind: 'added', text: '2024' },
      { kind: 'same', text: '.' },
      { kind: 'added', text: '\nNew line here.' },
    ])
    expect(side(parts, 'removed')).toBe(before)
    expect(side(parts, 'added')).toBe(after)
    expect(diffSummary(parts)).toEqual({ added: 8, removed: 4 })
  })

  it('gives one same part for identical texts and handles empty sides', () => {
    expect(wordDiff('Same text.', 'Same text.')).toEqual([{ kind: 'same', text: 'Same text.' }])
    expect(wordDiff('', 'New words')).toEqual([{ kind: 'added', text: 'New words' }])
    expect(wordDiff('Old words', '')).toEqual([{ kind: 'removed', text: 'Old words' }])
    expect(diffSummary(wordDiff('', ''))).toEqual({ added: 0, removed: 0 })
  })

  it('never has two neighbouring parts of the same kind', () => {
    const parts = wordDiff('one two three four five', 'one 2 3 4 five six')
    for (let index = 1; index < parts.length; index++) expect(parts[index]!.kind).not.toBe(parts[index - 1]!.kind)
  })

  it('counts words, not punctuation or spaces', () => {
    expect(diffSummary([{ kind: 'added', text: ' , — ' }, { kind: 'same', text: 'kept words' }, { kind: 'removed', text: 'over $110 billion' }])).toEqual({ added: 0, removed: 3 })
  })
})

describe('wordDiff on large texts', () => {
  const paragraph = (seed: number, words = 40) => Array.from({ length: words }, (_, index) => `w${(seed * 31 + index * 7) % 1009}`).join(' ') + '.'
  const article = Array.from({ length: 5_000 }, (_, index) => paragraph(index)).join('\n') // ≈ 200,000 words

  it('stays word-level and fast when a few words change', () => {
    const edited = article.replace('w0 w7', 'w0 CHANGED w7').replace(/\.$/, ' and more.')
    const started = performance.now()
    const parts = wordDiff(article, edited)
    expect(performance.now() - started).toBeLessThan(2_000)
    expect(parts.filter((part) => part.kind !== 'same')).toEqual([
      { kind: 'added', text: 'CHANGED ' },
      { kind: 'added', text: ' and more' },
    ])
  })

  it('falls back to comparing lines when the word diff gives up, refining small rewritten lines', () => {
    const before = Array.from({ length: 200 }, (_, index) => paragraph(index)).join('\n')
    // Every other line rewritten: far more token edits than the word diff may explore.
    const lines = before.split('\n').map((line, index) => (index % 2 ? paragraph(index + 5_000) : line))
    lines[0] = lines[0]!.replace('w0', 'zero')
    const after = lines.join('\n')
    const started = performance.now()
    const parts = wordDiff(before, after, { maxEditLength: 50 })
    expect(performance.now() - started).toBeLessThan(2_000)
    expect(side(parts, 'removed')).toBe(before)
    expect(side(parts, 'added')).toBe(after)
    // The first line changed one word: refined to that word, not the whole line.
    expect(parts.slice(0, 3)).toEqual([
      { kind: 'removed', text: 'w0' },
      { kind: 'added', text: 'zero' },
      { kind: 'same', text: expect.stringMatching(/^ w7 /) },
    ])
  })

  it('replaces the whole text when even the line diff would be too costly', () => {
    const before = Array.from({ length: 30_000 }, (_, index) => `a${index}`).join('\n')
    const after = Array.from({ length: 30_000 }, (_, index) => `b${index}`).join('\n')
    const started = performance.now()
    const parts = wordDiff(before, after, { maxEditLength: 50 })
    expect(performance.now() - started).toBeLessThan(5_000)
    expect(parts).toEqual([{ kind: 'removed', text: before }, { kind: 'added', text: after }])
  })
})

describe('figures in a word diff', () => {
  it('replaces a changed amount whole, decimal point and currency included', () => {
    const parts = wordDiff('to over $4.5 billion.', 'to over $5.1 billion.')
    expect(parts).toEqual([
      { kind: 'same', text: 'to over ' },
      { kind: 'removed', text: '$4.5' },
      { kind: 'added', text: '$5.1' },
      { kind: 'same', text: ' billion.' },
    ])
  })
})
