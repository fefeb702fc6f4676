import { describe, expect, it } from 'vitest'
import { claimContext, CONTEXT_CHARS } from '@/lib/reports/build-context'

const at = (text: string, quote: string) => [text.indexOf(quote), text.indexOf(quote) + quote.length] as const

describe('claimContext', () => {
  it('keeps whole sentences either side when they fit', () => {
    const text = 'First sentence here. Trade grew 5% in 2024. Then it fell.'
    const [start, end] = at(text, 'Trade grew 5% in 2024.')
    expect(claimContext(text, start, end)).toEqual({ before: 'First sentence here. ', after: ' Then it fell.' })
  })

  it('cuts at the nearest sentence boundary inside the window, on a line break too', () => {
    const filler = 'word '.repeat(40)
    const text = `${filler}end. Near sentence.\nTrade grew 5%. After one. ${filler}tail.`
    const [start, end] = at(text, 'Trade grew 5%.')
    const { before, after } = claimContext(text, start, end)
    // "end." closes a sentence that started outside the window: it is left out.
    expect(before).toBe('Near sentence. ')
    expect(after).toBe(' After one.')
    expect(before.length).toBeLessThanOrEqual(CONTEXT_CHARS)
  })

  it('falls back to a word boundary with an ellipsis when no sentence ends nearby', () => {
    const filler = 'word '.repeat(60)
    const text = `${filler}Trade grew 5% ${filler}`
    const [start, end] = at(text, 'Trade grew 5%')
    const { before, after } = claimContext(text, start, end)
    expect(before.startsWith('…word')).toBe(true)
    expect(after.endsWith('word…')).toBe(true)
    expect(before.length).toBeLessThanOrEqual(CONTEXT_CHARS + 1)
  })
})
