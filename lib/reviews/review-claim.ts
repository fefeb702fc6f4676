import 'server-only'
import type { Tx } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import { aggregateRatings } from './aggregate-ratings'
import { checkVerification, type VerificationSettings } from './verification-rules'

// Source types whose evidence counts towards VERIFIED.
export const STRONG_SOURCE_TYPES = ['OFFICIAL_STATISTICS', 'PRIMARY_DATA', 'PEER_REVIEWED'] as const

// Evidence that counts: supports or contradicts, from a strong source not retracted.
export const STRONG_EVIDENCE = {
  removedAt: null,
  stance: { in: ['SUPPORTS' as const, 'CONTRADICTS' as const] },
  source: { retractedAt: null, type: { in: [...STRONG_SOURCE_TYPES] } },
}

// A current claim of the workspace, its row locked until the transaction ends, so
// ratings and status changes of one claim run one after the other (two reviewers at
// the same instant both land; one reviewer's double submit leaves one current rating).
export async function lockClaim(tx: Tx, workspaceId: string, claimId: string) {
  await tx.$queryRaw`SELECT id FROM "Claim" WHERE id = ${claimId} AND "workspaceId" = ${workspaceId} FOR UPDATE`
  const claim = await tx.claim.findFirst({ where: { id: claimId, workspaceId, supersededAt: null } })
  if (!claim) throw new AppError('NOT_FOUND', 'Claim not found')
  return claim
}

export function requireNotDismissed(claim: { dismissedAt: Date | null }) {
  if (claim.dismissedAt) throw new AppError('INVALID_INPUT', 'This claim is dismissed: restore it before reviewing it')
}

export async function getVerificationSettings(tx: Pick<Tx, 'workspace'>, workspaceId: string): Promise<VerificationSettings> {
  const workspace = await tx.workspace.findUniqueOrThrow({
    where: { id: workspaceId },
    select: { verifyMinRatings: true, verifyMinAgreement: true, verifyRequiresStrongEvidence: true },
  })
  return { ...workspace, verifyMinAgreement: Number(workspace.verifyMinAgreement) }
}

// The facts VERIFIED's rules look at, as they stand now.
export async function checkClaimVerification(tx: Tx, workspaceId: string, claimId: string) {
  const [ratings, strongEvidence, settings] = await Promise.all([
    tx.rating.findMany({ where: { claimId, workspaceId, supersededAt: null }, select: { verdict: true, confidence: true } }),
    tx.evidence.count({ where: { claimId, workspaceId, ...STRONG_EVIDENCE } }),
    getVerificationSettings(tx, workspaceId),
  ])
  const aggregate = aggregateRatings(ratings)
  return { aggregate, settings, verification: checkVerification(aggregate, strongEvidence > 0, settings) }
}

// A claim's words in a one-line message (notifications).
export function excerpt(text: string, max = 80): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`
}
