// The demo article must yield the statistics the issue lists, with the right
// value, unit, qualifier, year or period and counted noun (issue 3, "Extraction").
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { extract, extractQuantities, type ExtractedQuantity } from '@/lib/extract'

const SEED = readFileSync(path.join(process.cwd(), 'prisma/seed/china-russia-ai-cooperation.txt'), 'utf8')
const quantities = extractQuantities(SEED)

function find(quote: string): ExtractedQuantity {
  const found = quantities.find((q) => q.text === quote)
  if (!found) throw new Error(`no quantity "${quote}" among: ${quantities.map((q) => q.text).join(' | ')}`)
  return found
}

describe('the seed article', () => {
  it('$8 billion in 2014, the start of a change', () => {
    expect(find('$8 billion')).toMatchObject({ value: '8000000000', unit: 'XDL', scale: 'billion', year: 2014, role: 'from' })
    expect(find('$8 billion').qualifier).toBeUndefined()
  })

  it('over $110 billion in 2024, the end of the change', () => {
    expect(find('over $110 billion')).toMatchObject({ value: '110000000000', unit: 'XDL', qualifier: 'over', year: 2024, role: 'to' })
  })

  it('over $15.3 billion in 2023 (quantum technologies)', () => {
    const q = find('over $15.3 billion')
    expect(q).toMatchObject({ value: '15300000000', unit: 'XDL', qualifier: 'over', year: 2023 })
    expect(SEED.slice(q.end, q.end + 26)).toBe(' in quantum technologies, ')
  })

  it('first worldwide: rank 1 in 2023', () => {
    expect(find('first worldwide')).toMatchObject({ value: '1', unit: 'rank', year: 2023 })
  })

  it('five companies among the top 50 in 2024', () => {
    expect(find('five major Chinese companies')).toMatchObject({ value: '5', unit: 'count', countedNoun: 'companies', year: 2024 })
    expect(find('top 50')).toMatchObject({ value: '50', unit: 'rank', year: 2024 })
  })

  it('20 million engineers: a head count with a "-strong" scale', () => {
    expect(find('20 million-strong engineering community')).toMatchObject({
      value: '20000000',
      unit: 'count',
      scale: 'million-strong',
      countedNoun: 'engineering community',
    })
  })

  it('over 4 million patents', () => {
    expect(find('over 4 million valid patents')).toMatchObject({ value: '4000000', unit: 'count', qualifier: 'over', countedNoun: 'patents' })
  })

  it('over 15,000 articles per year over the past 20 years', () => {
    expect(find('exceeded 15,000 articles')).toMatchObject({
      value: '15000',
      unit: 'count',
      qualifier: 'exceeded',
      countedNoun: 'articles',
      period: { per: 'year', lastYears: 20 },
    })
  })

  it('over 15,000 sanctions since 2022', () => {
    expect(find('over 15,000 sanctions')).toMatchObject({
      value: '15000',
      unit: 'count',
      qualifier: 'over',
      countedNoun: 'sanctions',
      period: { from: 2022, isSince: true },
    })
  })

  it('reads no year, "5G" or "20 years" look-back as a quantity of its own', () => {
    const values = quantities.map((q) => q.value)
    for (const notAQuantity of ['2014', '2024', '2023', '2022', '20']) expect(values).not.toContain(notAQuantity)
    expect(quantities.filter((q) => q.text.includes('5G'))).toEqual([])
    // The nine statistics of the issue plus "five" companies' rank partner and "these two powers".
    expect(quantities.map((q) => q.text)).toEqual([
      '$8 billion', 'over $110 billion', 'over $15.3 billion', 'first worldwide', 'five major Chinese companies', 'top 50',
      '20 million-strong engineering community', 'over 4 million valid patents', 'exceeded 15,000 articles',
      'over 15,000 sanctions', 'two powers',
    ])
  })

  it('every quantity quotes the text at its offsets', () => {
    for (const q of quantities) expect(SEED.slice(q.start, q.end)).toBe(q.text)
  })

  it('turns the change into one claim with derived figures (ratio 13.75, 10 years, CAGR 29.97%)', () => {
    const claim = extract(SEED).claims.find((c) => c.text.includes('from $8 billion'))!
    expect(claim.kind).toBe('STATISTIC')
    expect(claim.quantities.map((q) => q.role)).toEqual(['from', 'to'])
    // (110 / 8)^(1/10) − 1 = 0.299662 → 29.97 % a year.
    expect(claim.changes).toEqual([{ fromIndex: 0, toIndex: 1, ratio: '13.75', years: 10, cagrPercent: '29.97' }])
  })

  it('skips the title and ranks the figure-laden sentences above the rhetoric', () => {
    const { claims } = extract(SEED)
    expect(claims.some((c) => c.text.startsWith('China-Russia Technological Cooperation'))).toBe(false)
    const ranking = claims.find((c) => c.text.startsWith('In 2023 alone'))!
    expect(ranking.kind).toBe('RANKING')
    const rhetoric = claims.find((c) => c.text.startsWith('Meanwhile, non-Western'))!
    expect(ranking.checkworthiness).toBeGreaterThan(rhetoric.checkworthiness)
  })
})
