// Claims: every asserting sentence (or clause) with its kind, check-worthiness
// and reasons. Opinions and rhetoric stay visible, with low scores.
import { describe, expect, it } from 'vitest'
import { CLAIM_KINDS, extract, type ExtractedClaim } from '@/lib/extract'

function claimOf(text: string): ExtractedClaim {
  const { claims } = extract(text)
  expect(claims, JSON.stringify(claims.map((c) => c.text))).toHaveLength(1)
  return claims[0]!
}

function codes(claim: ExtractedClaim): string[] {
  return claim.reasons.map((reason) => reason.code)
}

describe('claim kinds', () => {
  it.each([
    ['Unemployment rose to 4.2% in March, the statistics office said.', 'STATISTIC'],
    ['China ranked first worldwide in quantum investment.', 'RANKING'],
    ["It is the world's second-largest economy.", 'RANKING'],
    ['Exports grew faster than imports last year.', 'COMPARISON'],
    ['Smokers are three times as likely to develop the disease.', 'COMPARISON'],
    ['The economy will grow 3% next year, the IMF forecasts.', 'PREDICTION'],
    ['Up to 40% of jobs could be automated by 2030.', 'PREDICTION'],
    ['The minister resigned on Tuesday after the vote.', 'FACTUAL'],
    ['I think this policy is a disgrace.', 'OPINION'],
    ['Should we really trust these figures?', 'OPINION'],
  ])('%s → %s', (text, kind) => {
    expect(claimOf(text).kind).toBe(kind)
  })

  it('only uses the kinds of the output type', () => {
    expect(CLAIM_KINDS).toContain(claimOf('Sales rose 5%.').kind)
  })
})

describe('check-worthiness', () => {
  it('scores a sourced statistic above a bare assertion, and both above an opinion', () => {
    const statistic = claimOf('According to the ministry, 1,200 people died in the floods, the highest toll since 1998.')
    const factual = claimOf('The minister visited the flooded region on Tuesday.')
    const opinion = claimOf('In my view, this government clearly deserves to lose.')
    expect(statistic.checkworthiness).toBeGreaterThan(factual.checkworthiness)
    expect(factual.checkworthiness).toBeGreaterThan(opinion.checkworthiness)
    expect(codes(statistic)).toEqual(expect.arrayContaining(['has_number', 'has_attribution', 'superlative', 'has_date']))
    expect(codes(opinion)).toContain('opinion_marker')
  })

  it('lowers hedged and rhetorical claims and explains it', () => {
    const plain = claimOf('The drug cut deaths by 30% in the trial.')
    const hedged = claimOf('The drug may possibly cut deaths by 30% in the trial.')
    expect(hedged.checkworthiness).toBeLessThan(plain.checkworthiness)
    expect(codes(hedged)).toContain('hedging')
    expect(codes(claimOf('What a disaster this so-called reform is!'))).toContain('rhetoric')
  })

  it('reports causal verbs', () => {
    expect(codes(claimOf('The sanctions caused a 20% drop in exports.'))).toContain('causal_verb')
  })

  it('keeps scores in [0, 1] and reasons with signed weights that add up', () => {
    const { claims } = extract('Sales rose 5% to $3bn, the best result on record, the company said. Really? What a joke!')
    for (const claim of claims) {
      expect(claim.checkworthiness).toBeGreaterThanOrEqual(0)
      expect(claim.checkworthiness).toBeLessThanOrEqual(1)
      const sum = claim.reasons.reduce((total, reason) => total + reason.weight, 0.3)
      expect(claim.checkworthiness).toBeCloseTo(Math.min(1, Math.max(0, sum)), 2)
    }
  })
})

describe('claims and their quantities', () => {
  it('quotes each claim and puts its quantities inside it', () => {
    const text = 'Revenue rose 12% to $4.2bn. The CEO, who joined in 2019, left; the board named 3 candidates.'
    const { sentences, claims } = extract(text)
    expect(sentences).toHaveLength(2)
    expect(claims.map((c) => c.text)).toEqual(['Revenue rose 12% to $4.2bn.', 'The CEO, who joined in 2019, left', 'the board named 3 candidates.'])
    for (const claim of claims) {
      expect(text.slice(claim.start, claim.end)).toBe(claim.text)
      for (const q of claim.quantities) {
        expect(q.start).toBeGreaterThanOrEqual(claim.start)
        expect(q.end).toBeLessThanOrEqual(claim.end)
      }
    }
    expect(claims[0]!.quantities.map((q) => q.unit)).toEqual(['percent', 'XDL'])
  })

  it('skips headings but keeps a heading that states a figure', () => {
    const { claims } = extract('Quarterly results\nRevenue up 20% in 2024\nThe firm did well.')
    expect(claims.map((c) => c.text)).toEqual(['Revenue up 20% in 2024', 'The firm did well.'])
  })

  it('reads a single line without punctuation (a selection) as a claim', () => {
    expect(extract('China leads in quantum technology').claims).toHaveLength(1)
  })

  it('returns nothing for empty text', () => {
    expect(extract('')).toEqual({ sentences: [], claims: [] })
  })
})

describe('hedging', () => {
  it('reads "may" as hedging, but not the month of May', () => {
    const reasonsOf = (text: string) => extract(text).claims[0]!.reasons.map((reason) => reason.code)
    expect(reasonsOf('Prices rose 3.4% in May.')).not.toContain('hedging')
    expect(reasonsOf('Sales fell 2% in early May 2024.')).not.toContain('hedging')
    expect(reasonsOf('Prices may rise 3.4% next year.')).toContain('hedging')
  })
})
