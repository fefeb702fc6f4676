import { describe, expect, it } from 'vitest'
import { buildQuoteIndex, cachedQuoteIndex, locateQuote, type QuoteSnapshot } from '@/lib/quotes'

const snapshot = (text: string): QuoteSnapshot => ({ blocks: [{ text, page: 1 }] })

describe('cachedQuoteIndex', () => {
  it('builds a snapshot’s index once per key and locates quotes as a fresh one does', () => {
    let loads = 0
    const load = () => (loads++, snapshot('Exports rose by 4.2% to $15.3 billion in 2023.'))
    const first = cachedQuoteIndex('a:1', load)
    expect(cachedQuoteIndex('a:1', load)).toBe(first)
    expect(loads).toBe(1)
    expect(locateQuote(first, 'rose by 4.2%')).toEqual(locateQuote(buildQuoteIndex(load()), 'rose by 4.2%'))
    // New content is a new key: the index of the old text is not reused for it.
    expect(cachedQuoteIndex('a:2', () => snapshot('Imports fell by 2%.')).text).toBe('Imports fell by 2%.')
  })

  it('forgets the least recently used indexes past its character budget, never the newest', () => {
    const budget = { maxChars: 250 }
    const big = (word: string) => () => snapshot(`${word} `.repeat(20).trim()) // 119 characters
    const a = cachedQuoteIndex('big:a', big('alpha'), budget)
    const b = cachedQuoteIndex('big:b', big('bravo'), budget)
    expect(cachedQuoteIndex('big:a', big('alpha'), budget)).toBe(a) // a is now the most recent
    cachedQuoteIndex('big:c', big('gamma'), budget) // over budget: b goes, a stays
    expect(cachedQuoteIndex('big:a', big('alpha'), budget)).toBe(a)
    expect(cachedQuoteIndex('big:b', big('bravo'), budget)).not.toBe(b)
    const huge = () => snapshot('x'.repeat(300))
    expect(cachedQuoteIndex('huge', huge, budget)).toBe(cachedQuoteIndex('huge', huge, budget))
  })
})
