// The labelled quote-location cases (tests/fixtures/quotes/): quotes found as pasted or
// retyped (quote marks, dashes, hyphenation, white space, case, ligatures, omissions,
// small typos), and true negatives (a changed figure, year, negation or word, text not
// in the source). Floors, not single cases: at least 95% of the quotes that are there
// are found, in the right block; no negative is ever reported found.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildQuoteIndex, locateQuote, type QuoteIndex, type QuoteLocation } from '@/lib/quotes'

interface Case {
  id: string
  source: string
  expect: 'found' | 'figure-differs' | 'not-found'
  block?: number
  kind: string
  quote: string
}
type Sources = Record<string, { format: string; blocks: { text: string; page?: number }[] } | string>

const read = <T,>(name: string) => JSON.parse(readFileSync(new URL(`../fixtures/quotes/${name}`, import.meta.url), 'utf8')) as T
const sources = read<Sources>('sources.json')
const { cases } = read<{ cases: Case[] }>('cases.json')

// A snapshot as the app stores it: one line per block, blocks as offsets into the text.
function snapshotIndex(blocks: { text: string; page?: number }[]): QuoteIndex {
  let at = 0
  const placed = blocks.map((block) => {
    const start = at
    at += block.text.length + 1
    return { start, end: start + block.text.length, ...(block.page ? { page: block.page } : {}) }
  })
  return buildQuoteIndex({ text: blocks.map((block) => block.text).join('\n'), blocks: placed })
}
const indexes = new Map(Object.entries(sources).flatMap(([name, source]) => (typeof source === 'string' ? [] : [[name, snapshotIndex(source.blocks)] as const])))

const results = cases.map((item) => ({ item, location: locateQuote(indexes.get(item.source)!, item.quote) }))
const describeMiss = ({ item, location }: { item: Case; location: QuoteLocation }) => `${item.id} (${item.kind}): expected ${item.expect}${item.block !== undefined ? ` in block ${item.block}` : ''}, got ${location.status}${location.blockIndex !== undefined ? ` in block ${location.blockIndex}` : ''}`

describe('the labelled quote-location cases', () => {
  it('are enough, and varied', () => {
    expect(cases.length).toBeGreaterThanOrEqual(150)
    expect(new Set(cases.map((item) => item.id)).size).toBe(cases.length)
    const positives = cases.filter((item) => item.expect === 'found')
    expect(new Set(positives.map((item) => item.kind))).toEqual(new Set(['exact', 'whitespace', 'quote-marks', 'case', 'dashes', 'omission', 'dropped-word', 'typo', 'hyphenation', 'across-blocks', 'across-pages', 'ligature', 'soft-hyphen', 'repeated']))
    expect(new Set(cases.filter((item) => item.expect !== 'found').map((item) => item.kind))).toEqual(new Set(['figure', 'year', 'negation', 'absent', 'words']))
  })

  it('find at least 95% of the quotes that are in the source, each in its block', () => {
    const positives = results.filter(({ item }) => item.expect === 'found')
    const missed = positives.filter(({ item, location }) => location.status !== 'found' || location.blockIndex !== item.block)
    expect(missed.length / positives.length, missed.map(describeMiss).join('\n')).toBeLessThanOrEqual(0.05)
  })

  it('never report a changed figure, negation or word, or absent text, as found', () => {
    const falseFound = results.filter(({ item, location }) => item.expect !== 'found' && location.status === 'found')
    expect(falseFound.map(describeMiss)).toEqual([])
  })

  it('tell most changed figures apart from text that is not there', () => {
    const figures = results.filter(({ item }) => item.expect === 'figure-differs')
    const told = figures.filter(({ location }) => location.status === 'figure-differs')
    expect(told.length / figures.length, figures.filter((entry) => !told.includes(entry)).map(describeMiss).join('\n')).toBeGreaterThanOrEqual(0.8)
  })

  it('return the source’s own words at the offsets, with selectors that say the same', () => {
    for (const { item, location } of results.filter((entry) => entry.location.start !== undefined)) {
      const index = indexes.get(item.source)!
      expect(location.exact, item.id).toBe(index.text.slice(location.start, location.end))
      expect(location.selectors?.[1], item.id).toEqual({ type: 'TextPositionSelector', start: location.start, end: location.end })
      const page = sources[item.source] !== undefined && typeof sources[item.source] !== 'string' && (sources[item.source] as { format: string }).format === 'pdf'
      expect(location.page != null, item.id).toBe(page)
    }
  })
})
