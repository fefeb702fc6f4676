import { describe, expect, it } from 'vitest'
import { reanchor } from '@/lib/anchor/reanchor'
import { textQuoteSelector } from '@/lib/anchor/selectors'

// Statistical-release style text: sentences that differ only by a word and a figure.
const OLD = [
  'Exports rose 3.1 % in March, the office said on Tuesday.',
  'Imports rose 3.4 % in March, driven by fuel and machinery from abroad.',
  'Exports of cars fell 2.0 % in March after a strong winter quarter.',
].join(' ')
const QUOTE = 'Imports rose 3.4 % in March, driven by fuel and machinery from abroad.'

function anchorOf(text: string, quote: string) {
  const start = text.indexOf(quote)
  return { id: 'a', start, end: start + quote.length, ...textQuoteSelector(text, start, start + quote.length) }
}

describe('reanchor: a reworded sentence between intact neighbours', () => {
  it('follows it when its figures are kept', () => {
    const next = OLD.replace(QUOTE, 'Imports rose 3.4 % in March, said officials, on crude oil and trucks shipped in.')
    const [result] = reanchor(OLD, next, [anchorOf(OLD, QUOTE)])
    expect(result).toMatchObject({ status: 'fuzzy', numbersChanged: false })
    expect(result!.quote).toBe('Imports rose 3.4 % in March, said officials, on crude oil and trucks shipped in.')
  })

  it('flags it as text changed when its figure changed too', () => {
    const next = OLD.replace(QUOTE, 'Imports rose 3.9 % in March, said officials, on crude oil and trucks shipped in.')
    const [result] = reanchor(OLD, next, [anchorOf(OLD, QUOTE)])
    expect(result!.status === 'orphaned' || result!.numbersChanged).toBe(true)
  })
})
