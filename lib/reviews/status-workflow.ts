// The review workflow: UNREVIEWED → IN_REVIEW → READY (proposed verdict) → VERIFIED
// (final verdict). Pure: who may make a move, and what a status needs.
import type { Permission } from '@/lib/auth/roles'
import type { ClaimStatus } from '@/lib/db/generated/enums'

export const STATUS_ORDER = ['UNREVIEWED', 'IN_REVIEW', 'READY', 'VERIFIED'] as const satisfies readonly ClaimStatus[]

export const STATUS_LABELS: Record<ClaimStatus, string> = {
  UNREVIEWED: 'Unreviewed',
  IN_REVIEW: 'In review',
  READY: 'Ready (verdict proposed)',
  VERIFIED: 'Verified',
}

const rank = (status: ClaimStatus) => STATUS_ORDER.indexOf(status)

// Reviewers move a claim forward up to READY; a final verdict, and any step back,
// is an editor's decision (the second pair of eyes).
export function statusPermission(from: ClaimStatus, to: ClaimStatus): Permission {
  if (to === 'VERIFIED' || rank(to) < rank(from)) return 'claim.edit'
  return 'claim.review'
}

// READY carries a proposed verdict and VERIFIED a final one; earlier statuses none.
export function statusHasVerdict(status: ClaimStatus): boolean {
  return status === 'READY' || status === 'VERIFIED'
}

export function isStepBack(from: ClaimStatus, to: ClaimStatus): boolean {
  return rank(to) < rank(from)
}
