// Whether a claim may be VERIFIED without an editor's override. Pure: the service
// gathers the facts, this decides and says which rules fail, in words.
import type { RatingAggregate } from './aggregate-ratings'

export interface VerificationSettings {
  verifyMinRatings: number
  // 0.5–1: share of current ratings that must be on the modal verdict.
  verifyMinAgreement: number
  verifyRequiresStrongEvidence: boolean
}

export type VerificationRule = 'minRatings' | 'agreement' | 'strongEvidence'

export interface VerificationCheck {
  isMet: boolean
  failures: { rule: VerificationRule; message: string }[]
}

const percent = (share: number) => `${Math.round(share * 100)}%`

export function checkVerification(aggregate: Pick<RatingAggregate, 'count' | 'agreement'>, hasStrongEvidence: boolean, settings: VerificationSettings): VerificationCheck {
  const failures: VerificationCheck['failures'] = []
  if (aggregate.count < settings.verifyMinRatings) {
    const needed = settings.verifyMinRatings === 1 ? '1 reviewer' : `${settings.verifyMinRatings} reviewers`
    failures.push({ rule: 'minRatings', message: `needs ratings from at least ${needed} (has ${aggregate.count})` })
  }
  // Agreement is compared as shown (2 decimals), so 2 of 3 (0.67) meets a 0.67 threshold.
  const agreement = aggregate.agreement ?? 0
  if (agreement < settings.verifyMinAgreement) {
    const has = aggregate.agreement === null ? 'no ratings yet' : `has ${percent(agreement)}`
    failures.push({ rule: 'agreement', message: `needs at least ${percent(settings.verifyMinAgreement)} of reviewers on one verdict (${has})` })
  }
  if (settings.verifyRequiresStrongEvidence && !hasStrongEvidence) {
    failures.push({
      rule: 'strongEvidence',
      message: 'needs supporting or contradicting evidence from an official statistics, primary data or peer-reviewed source that is not retracted',
    })
  }
  return { isMet: failures.length === 0, failures }
}
