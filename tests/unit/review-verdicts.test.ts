import { describe, expect, it } from 'vitest'
import { Verdict } from '@/lib/db/generated/enums'
import { ZRateClaim } from '@/lib/reviews/schemas'
import { statusHasVerdict, statusPermission } from '@/lib/reviews/status-workflow'
import { isVerdict, VERDICTS, verdictLabel, verdictRatingValue } from '@/lib/reviews/verdicts'

describe('the verdict scale', () => {
  it('covers every verdict of the schema, best to worst, Unverifiable last', () => {
    expect([...VERDICTS].sort()).toEqual(Object.values(Verdict).sort())
    expect(VERDICTS.map(verdictLabel)).toEqual(['Accurate', 'Accurate with caveats', 'Misleading', 'Inaccurate', 'False', 'Unverifiable'])
  })

  it('gives ClaimReview rating values 5..1 and none for Unverifiable', () => {
    expect(VERDICTS.map(verdictRatingValue)).toEqual([5, 4, 3, 2, 1, null])
  })

  it('recognizes only the scale', () => {
    expect(isVerdict('MISLEADING')).toBe(true)
    for (const value of ['TRUE', 'accurate', '', 5, null]) expect(isVerdict(value)).toBe(false)
  })

  it('a rating needs a verdict of the scale and a whole confidence from 1 to 5', () => {
    const base = { workspaceId: 'w', claimId: 'c', verdict: 'FALSE', confidence: 3, rationale: 'Customs data says otherwise.' }
    expect(ZRateClaim.safeParse(base).success).toBe(true)
    for (const confidence of [0, 6, 2.5, '3']) {
      const result = ZRateClaim.safeParse({ ...base, confidence })
      expect(result.success).toBe(false)
      expect(result.error?.issues[0]?.path).toEqual(['confidence'])
    }
    expect(ZRateClaim.safeParse({ ...base, verdict: 'TRUE' }).error?.issues[0]?.path).toEqual(['verdict'])
    expect(ZRateClaim.safeParse({ ...base, rationale: '   ' }).error?.issues[0]?.path).toEqual(['rationale'])
    expect(ZRateClaim.safeParse({ ...base, rationale: 'x'.repeat(5001) }).error?.issues[0]?.path).toEqual(['rationale'])
  })
})

describe('the status workflow', () => {
  it('lets reviewers move forward up to READY; VERIFIED and steps back are for editors', () => {
    expect(statusPermission('UNREVIEWED', 'IN_REVIEW')).toBe('claim.review')
    expect(statusPermission('IN_REVIEW', 'READY')).toBe('claim.review')
    expect(statusPermission('UNREVIEWED', 'READY')).toBe('claim.review')
    expect(statusPermission('READY', 'VERIFIED')).toBe('claim.edit')
    expect(statusPermission('VERIFIED', 'IN_REVIEW')).toBe('claim.edit')
    expect(statusPermission('READY', 'IN_REVIEW')).toBe('claim.edit')
  })

  it('READY and VERIFIED carry a verdict', () => {
    expect(['UNREVIEWED', 'IN_REVIEW', 'READY', 'VERIFIED'].map((status) => statusHasVerdict(status as never))).toEqual([false, false, true, true])
  })
})
