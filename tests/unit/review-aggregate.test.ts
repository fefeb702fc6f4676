import { describe, expect, it } from 'vitest'
import { aggregateRatings, type RatingInput } from '@/lib/reviews/aggregate-ratings'
import { checkVerification } from '@/lib/reviews/verification-rules'

const rating = (verdict: RatingInput['verdict'], confidence = 3): RatingInput => ({ verdict, confidence })
const countOf = (aggregate: ReturnType<typeof aggregateRatings>, verdict: RatingInput['verdict']) => aggregate.distribution.find((entry) => entry.verdict === verdict)?.count

describe('aggregateRatings', () => {
  it('has nothing to say without ratings, and lists every verdict at zero', () => {
    const aggregate = aggregateRatings([])
    expect(aggregate).toMatchObject({ count: 0, meanConfidence: null, agreement: null, modalVerdicts: [], isSplit: false })
    expect(aggregate.distribution.map((entry) => entry.count)).toEqual([0, 0, 0, 0, 0, 0])
    expect(aggregate.distribution.map((entry) => entry.verdict)).toEqual(['ACCURATE', 'ACCURATE_WITH_CAVEATS', 'MISLEADING', 'INACCURATE', 'FALSE', 'UNVERIFIABLE'])
  })

  it('one rating: full agreement, not split', () => {
    expect(aggregateRatings([rating('FALSE', 4)])).toMatchObject({ count: 1, meanConfidence: 4, agreement: 1, modalVerdicts: ['FALSE'], isSplit: false })
  })

  it('counts each verdict, averages confidence to 2 decimals and gives the modal share', () => {
    const aggregate = aggregateRatings([rating('ACCURATE', 5), rating('ACCURATE', 4), rating('MISLEADING', 2)])
    expect(aggregate).toMatchObject({ count: 3, meanConfidence: 3.67, agreement: 0.67, modalVerdicts: ['ACCURATE'], isSplit: true })
    expect(countOf(aggregate, 'ACCURATE')).toBe(2)
    expect(countOf(aggregate, 'MISLEADING')).toBe(1)
    expect(countOf(aggregate, 'FALSE')).toBe(0)
  })

  it('names every modal verdict on a tie, in scale order, with the share of one of them', () => {
    const aggregate = aggregateRatings([rating('UNVERIFIABLE', 1), rating('FALSE', 2), rating('ACCURATE', 2), rating('FALSE', 5), rating('ACCURATE', 5)])
    expect(aggregate.modalVerdicts).toEqual(['ACCURATE', 'FALSE'])
    expect(aggregate.agreement).toBe(0.4)
    expect(aggregate.meanConfidence).toBe(3)
    expect(aggregate.isSplit).toBe(true)
  })

  it('keeps disagreement visible: two opposite verdicts are split at 50%', () => {
    expect(aggregateRatings([rating('ACCURATE'), rating('FALSE')])).toMatchObject({ agreement: 0.5, isSplit: true, modalVerdicts: ['ACCURATE', 'FALSE'] })
  })
})

describe('checkVerification', () => {
  const settings = { verifyMinRatings: 2, verifyMinAgreement: 0.67, verifyRequiresStrongEvidence: true }

  it('passes when every rule holds; 2 of 3 reviewers meet a 0.67 threshold', () => {
    const aggregate = aggregateRatings([rating('ACCURATE'), rating('ACCURATE'), rating('FALSE')])
    expect(checkVerification(aggregate, true, settings)).toEqual({ isMet: true, failures: [] })
  })

  it('names every failing rule in words', () => {
    const check = checkVerification(aggregateRatings([rating('ACCURATE')]), false, settings)
    expect(check.isMet).toBe(false)
    expect(check.failures.map((failure) => failure.rule)).toEqual(['minRatings', 'strongEvidence'])
    expect(check.failures[0]!.message).toBe('needs ratings from at least 2 reviewers (has 1)')
    const split = checkVerification(aggregateRatings([rating('ACCURATE'), rating('FALSE')]), true, settings)
    expect(split.failures).toEqual([{ rule: 'agreement', message: 'needs at least 67% of reviewers on one verdict (has 50%)' }])
  })

  it('without ratings fails the count and the agreement; evidence can be waived by the workspace', () => {
    const check = checkVerification(aggregateRatings([]), false, { ...settings, verifyRequiresStrongEvidence: false, verifyMinRatings: 1 })
    expect(check.failures.map((failure) => failure.rule)).toEqual(['minRatings', 'agreement'])
    expect(check.failures[1]!.message).toContain('no ratings yet')
  })
})
