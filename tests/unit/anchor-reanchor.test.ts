import { describe, expect, it } from 'vitest'
import { reanchor } from '@/lib/anchor/reanchor'
import { textQuoteSelector } from '@/lib/anchor/selectors'

function anchorOf(text: string, quote: string, id = 'a', occurrence = 0) {
  let start = -1
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(quote, start + 1)
  if (start === -1) throw new Error(`no "${quote}" in text`)
  const { exact, prefix, suffix } = textQuoteSelector(text, start, start + quote.length)
  return { id, start, end: start + quote.length, exact, prefix, suffix }
}

const OLD = [
  'Global investment in artificial intelligence reached over $15.3 billion in 2024, the report said.',
  'Meanwhile the ministry counted over 4 million registered users of the service across the country.',
  'Analysts expect the market to double by 2030, driven by demand from hospitals and banks.',
].join('\n\n')

describe('reanchor: exact', () => {
  it('keeps an anchor whose position still holds the quote', () => {
    const anchor = anchorOf(OLD, 'over 4 million')
    const [result] = reanchor(OLD, `${OLD}\n\nA closing line.`, [anchor])
    expect(result).toMatchObject({ status: 'exact', start: anchor.start, end: anchor.end, numbersChanged: false })
  })
})

describe('reanchor: moved', () => {
  it('follows a quote shifted by an insertion before it', () => {
    const anchor = anchorOf(OLD, 'double by 2030')
    const next = `An editor's note added at the top.\n\n${OLD}`
    const [result] = reanchor(OLD, next, [anchor])
    expect(result!.status).toBe('moved')
    expect(next.slice(result!.start, result!.end)).toBe('double by 2030')
  })

  it('picks, among repeated quotes, the occurrence whose context matches', () => {
    const old = 'Sales rose 5% in March. Profits fell in Asia. Costs rose 5% in May. Prices were flat.'
    const anchor = anchorOf(old, 'rose 5%', 'a', 1) // the one about costs
    const next = 'Sales rose 5% in March. Profits fell in Asia. An editor added this. Costs rose 5% in May. Prices were flat.'
    const [result] = reanchor(old, next, [anchor])
    expect(result!.status).toBe('moved')
    expect(result!.start).toBe(next.indexOf('Costs rose 5%') + 'Costs '.length)
  })
})

describe('reanchor: fuzzy', () => {
  it('re-attaches a sentence after typo fixes, with the same numbers', () => {
    const old = OLD.replace('artificial', 'artifical').replace('report', 'reprot')
    const quote = 'Global investment in artifical intelligence reached over $15.3 billion in 2024, the reprot said.'
    const [result] = reanchor(old, OLD, [anchorOf(old, quote)])
    expect(result!.status).toBe('fuzzy')
    expect(result!.numbersChanged).toBe(false)
    expect(result!.quote).toContain('artificial intelligence reached over $15.3 billion')
  })

  it('flags the edited counterpart when a number in it changed', () => {
    const next = OLD.replace('$15.3 billion', '$16.8 billion')
    const [result] = reanchor(OLD, next, [anchorOf(OLD, 'over $15.3 billion')])
    expect(result!.status).toBe('fuzzy')
    expect(result!.numbersChanged).toBe(true)
    expect(result!.quote).toBe('over $16.8 billion')
  })

  it('flags a changed figure even when the quote alone is not a recognised quantity', () => {
    const old = 'Life expectancy at birth in Japan reached 84.1 years, the highest among OECD countries.'
    const next = 'Life expectancy at birth in Japan reached 14.1 years, the highest among OECD countries.'
    const [result] = reanchor(old, next, [anchorOf(old, '84.1 years')])
    expect(result).toMatchObject({ status: 'fuzzy', quote: '14.1 years', numbersChanged: true })
  })

  it('never moves a note on "over $15.3 billion" onto "over 4 million"', () => {
    const next = OLD.replace('Global investment in artificial intelligence reached over $15.3 billion in 2024, the report said.\n\n', '')
    const [result] = reanchor(OLD, next, [anchorOf(OLD, 'over $15.3 billion')])
    expect(result!.status).toBe('orphaned')
    expect(result!.start).toBeUndefined()
  })
})

describe('reanchor: orphaned', () => {
  it('orphans an anchor whose passage was deleted, even when the same sentence remains elsewhere', () => {
    const sentence = 'Officials said the figure was 12%.'
    const old = `First paragraph about budgets and tax. ${sentence} More about tax.\n\nSecond paragraph on schools. ${sentence} End of schools.`
    const next = `Second paragraph on schools. ${sentence} End of schools.`
    const [result] = reanchor(old, next, [anchorOf(old, sentence)])
    expect(result!.status).toBe('orphaned')
  })

  it('orphans when the quote is gone and nothing resembles it', () => {
    const [result] = reanchor(OLD, 'Completely different text about the weather today.', [anchorOf(OLD, 'double by 2030')])
    expect(result).toEqual({ id: 'a', status: 'orphaned', numbersChanged: false })
  })
})

describe('reanchor: inconsistent anchors', () => {
  it('orphans an anchor whose quote is not the old text at its offsets', () => {
    const anchor = { id: 'x', start: 0, end: 5, exact: 'billion', prefix: '', suffix: '' }
    expect(reanchor(OLD, `Intro. ${OLD}`, [anchor])).toEqual([{ id: 'x', status: 'orphaned', numbersChanged: false }])
  })
})
