import { describe, expect, it } from 'vitest'
import { compareFigure, type ClaimFigure } from '@/lib/evidence/compare-figure'

const claim = (over: Partial<ClaimFigure>): ClaimFigure => ({ value: '0', valueMax: null, unit: 'XDL', qualifier: null, year: null, text: null, ...over })

// The seed article: "bilateral trade reached over $110 billion in 2024".
const SEED = claim({ value: '110000000000', qualifier: 'over', year: 2024, text: 'over $110 billion' })

describe('compareFigure', () => {
  it('bears out the seed claim with the customs figure, and not with a lower one', () => {
    expect(compareFigure(SEED, '$113.5 billion in 2024')).toEqual({ kind: 'matches' })
    expect(compareFigure(SEED, '$113.5 billion')).toEqual({ kind: 'matches' })
    expect(compareFigure(SEED, '$98 billion')).toEqual({ kind: 'differs', percent: '-12.2' })
  })

  it('does not let "over" stretch to any larger figure', () => {
    expect(compareFigure(SEED, '$110 billion')).toEqual({ kind: 'differs', percent: '0.0' })
    expect(compareFigure(SEED, '$122 billion')).toEqual({ kind: 'matches' })
    expect(compareFigure(SEED, '$200 billion')).toEqual({ kind: 'differs', percent: '+45.0' })
    expect(compareFigure({ ...SEED, qualifier: 'at_least' }, '$110 billion')).toEqual({ kind: 'matches' })
  })

  it('compares a plain figure at the precision the claim is written in', () => {
    const billions = claim({ value: '4500000000', text: '$4.5 billion' })
    expect(compareFigure(billions, '4,512,000,000')).toEqual({ kind: 'matches' })
    expect(compareFigure(billions, '4.46 billion dollars')).toEqual({ kind: 'matches' })
    expect(compareFigure(billions, '$4.9 billion')).toEqual({ kind: 'differs', percent: '+8.2' })
    const millions = claim({ value: '20000000', unit: 'count', text: '20 million' })
    // "20 million" is written to the million: 20.4 million rounds to it, 20.6 million does not.
    expect(compareFigure(millions, '20.4 million')).toEqual({ kind: 'matches' })
    expect(compareFigure(millions, '19.5 million')).toEqual({ kind: 'matches' })
    expect(compareFigure(millions, '20.6 million')).toEqual({ kind: 'differs', percent: '+2.9' })
    expect(compareFigure(millions, '19.4 million')).toEqual({ kind: 'differs', percent: '-3.1' })
    expect(compareFigure({ ...millions, qualifier: 'exactly' }, '20 million')).toEqual({ kind: 'matches' })
  })

  it('compares exactly, without floating-point error', () => {
    const precise = claim({ value: '15.3', unit: 'percent', text: '15.3%' })
    expect(compareFigure(precise, '15.3%')).toEqual({ kind: 'matches' })
    expect(compareFigure(precise, '15.25%')).toEqual({ kind: 'matches' })
    expect(compareFigure(precise, '15.34%')).toEqual({ kind: 'matches' })
    expect(compareFigure(precise, '15.36%')).toEqual({ kind: 'differs', percent: '+0.4' })
  })

  it('honours "nearly", "about", "up to" and "less than"', () => {
    const nearly = claim({ value: '5000000000', qualifier: 'nearly', text: 'nearly $5 billion' })
    expect(compareFigure(nearly, '$4.8 billion')).toEqual({ kind: 'matches' })
    expect(compareFigure(nearly, '$5.3 billion')).toMatchObject({ kind: 'differs' })
    expect(compareFigure(nearly, '$4 billion')).toEqual({ kind: 'differs', percent: '-25.0' })
    const about = claim({ value: '5000000', unit: 'count', qualifier: 'about', text: 'about 5 million' })
    expect(compareFigure(about, '5.2 million')).toEqual({ kind: 'matches' })
    expect(compareFigure(about, '4.75 million')).toEqual({ kind: 'matches' })
    expect(compareFigure(about, '5.5 million')).toMatchObject({ kind: 'differs' })
    const upTo = claim({ value: '40', unit: 'percent', qualifier: 'up_to', text: 'up to 40%' })
    expect(compareFigure(upTo, '40%')).toEqual({ kind: 'matches' })
    expect(compareFigure(upTo, '41%')).toMatchObject({ kind: 'differs' })
    expect(compareFigure({ ...upTo, qualifier: 'less_than' }, '40%')).toMatchObject({ kind: 'differs' })
    expect(compareFigure({ ...upTo, qualifier: 'less_than' }, '38%')).toEqual({ kind: 'matches' })
  })

  it('matches a figure inside a claimed range', () => {
    const range = claim({ value: '5000000', valueMax: '10000000', unit: 'count' })
    expect(compareFigure(range, '7.5 million')).toEqual({ kind: 'matches' })
    expect(compareFigure(range, '12 million')).toMatchObject({ kind: 'differs' })
  })

  it('refuses to compare different units or different years', () => {
    expect(compareFigure(claim({ value: '12', unit: 'percent', text: '12%' }), '$12 billion')).toEqual({ kind: 'incomparable', reason: 'unit' })
    expect(compareFigure(claim({ value: '12000000000', text: '$12 billion' }), '12%')).toEqual({ kind: 'incomparable', reason: 'unit' })
    expect(compareFigure(claim({ value: '12000000000', unit: 'EUR', text: '€12 billion' }), '$12 billion')).toMatchObject({ kind: 'incomparable', reason: 'currency' })
    expect(compareFigure({ ...SEED, year: 2023 }, '$113.5 billion in 2024')).toEqual({ kind: 'incomparable', reason: 'period' })
  })

  it('refuses to compare two currencies, or a dollar of no stated country with a named one', () => {
    const usd = claim({ value: '10000000000', unit: 'USD', text: 'US$10 billion' })
    expect(compareFigure(usd, '$10 billion')).toEqual({ kind: 'incomparable', reason: 'currency', claimCurrency: 'USD', sourceCurrency: 'XDL' })
    expect(compareFigure(usd, 'HK$10 billion')).toEqual({ kind: 'incomparable', reason: 'currency', claimCurrency: 'USD', sourceCurrency: 'HKD' })
    expect(compareFigure(usd, 'US$10 billion')).toEqual({ kind: 'matches' })
    expect(compareFigure(usd, '10 billion U.S. dollars')).toEqual({ kind: 'matches' })
    const bare = claim({ value: '10000000000', text: '$10 billion' })
    expect(compareFigure(bare, 'US$10 billion')).toEqual({ kind: 'incomparable', reason: 'currency', claimCurrency: 'XDL', sourceCurrency: 'USD' })
    expect(compareFigure(bare, 'C$10 billion')).toEqual({ kind: 'incomparable', reason: 'currency', claimCurrency: 'XDL', sourceCurrency: 'CAD' })
    expect(compareFigure(claim({ value: '5', unit: 'EUR', text: '€5' }), '£5')).toEqual({ kind: 'incomparable', reason: 'currency', claimCurrency: 'EUR', sourceCurrency: 'GBP' })
    // Rupees of no stated country against India's: the same refusal as for dollars.
    const inr = claim({ value: '900', unit: 'INR', text: '900 rupees' })
    expect(compareFigure(inr, '900 rupees')).toEqual({ kind: 'incomparable', reason: 'currency', claimCurrency: 'INR', sourceCurrency: 'XRU' })
    expect(compareFigure(inr, '900 Indian rupees')).toEqual({ kind: 'matches' })
    // A currency against a count or a percentage stays a difference of unit.
    expect(compareFigure(bare, '10%')).toEqual({ kind: 'incomparable', reason: 'unit' })
  })

  it('says so when the source figure holds no number', () => {
    expect(compareFigure(SEED, 'a record high')).toEqual({ kind: 'unparsed' })
    expect(compareFigure(SEED, '')).toEqual({ kind: 'unparsed' })
  })
})
