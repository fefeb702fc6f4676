import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { can, ROLES } from '@/lib/auth/roles'
import { getDb } from '@/lib/db/client'
import type { ClaimStatus, Verdict } from '@/lib/db/generated/enums'
import { AppError } from '@/lib/errors'
import { parseInput } from '@/lib/validation'
import { aggregateRatings, type RatingAggregate } from './aggregate-ratings'
import { STRONG_EVIDENCE } from './review-claim'
import { ZClaimReviewRef } from './schemas'
import { checkVerification, type VerificationCheck, type VerificationSettings } from './verification-rules'

export interface RatingView {
  id: string
  userId: string
  reviewerName: string
  verdict: Verdict
  confidence: number
  rationale: string
  createdAt: string
  supersededAt: string | null
  isMine: boolean
}

export interface ClaimReview {
  claim: {
    id: string
    documentId: string
    status: ClaimStatus
    verdict: Verdict | null
    verdictBy: { id: string; name: string } | null
    verdictAt: string | null
    overrideReason: string | null
    assignee: { id: string; name: string } | null
    version: number
  }
  ratings: RatingView[]
  myRating: RatingView | null
  // Superseded ratings, newest first.
  history: RatingView[]
  aggregate: RatingAggregate
  verification: VerificationCheck
  settings: VerificationSettings
  // Members who may be assigned the claim (they can review).
  assignableMembers: { id: string; name: string }[]
}

const displayName = (user: { name: string | null; email: string }) => user.name || user.email
const REVIEWER_ROLES = ROLES.filter((role) => can(role, 'claim.review'))

// Everything the claim panel shows about the review of one claim.
export async function findClaimReview({ actor, ...input }: { actor: Actor } & Record<string, unknown>): Promise<ClaimReview> {
  const { workspaceId, claimId } = parseInput(ZClaimReviewRef, input)
  const db = getDb()
  await requireWorkspaceAccess(db, actor, workspaceId, 'workspace.read')
  const user = { select: { id: true, name: true, email: true } }
  // One statement (relation joins): the claim, its ratings with their reviewers, the
  // workspace's thresholds and reviewers, and how much strong evidence it has.
  const claim = await db.claim.findFirst({
    where: { id: claimId, workspaceId, supersededAt: null },
    include: {
      verdictBy: user,
      assignee: user,
      ratings: { include: { user }, orderBy: { createdAt: 'desc' } },
      workspace: {
        select: {
          verifyMinRatings: true,
          verifyMinAgreement: true,
          verifyRequiresStrongEvidence: true,
          memberships: { where: { role: { in: REVIEWER_ROLES } }, select: { user }, orderBy: { createdAt: 'asc' } },
        },
      },
      _count: { select: { evidence: { where: STRONG_EVIDENCE } } },
    },
  })
  if (!claim) throw new AppError('NOT_FOUND', 'Claim not found')
  const { memberships: members, ...thresholds } = claim.workspace
  const settings = { ...thresholds, verifyMinAgreement: Number(thresholds.verifyMinAgreement) }
  const aggregate = aggregateRatings(claim.ratings.filter((rating) => rating.supersededAt === null))
  const verification = checkVerification(aggregate, claim._count.evidence > 0, settings)
  const views = claim.ratings.map((rating): RatingView => ({
    id: rating.id,
    userId: rating.userId,
    reviewerName: displayName(rating.user),
    verdict: rating.verdict,
    confidence: rating.confidence,
    rationale: rating.rationale,
    createdAt: rating.createdAt.toISOString(),
    supersededAt: rating.supersededAt?.toISOString() ?? null,
    isMine: rating.userId === actor.id,
  }))
  const ratings = views.filter((rating) => rating.supersededAt === null)
  const person = (who: { id: string; name: string | null; email: string } | null) => (who ? { id: who.id, name: displayName(who) } : null)
  return {
    claim: {
      id: claim.id,
      documentId: claim.documentId,
      status: claim.status,
      verdict: claim.verdict,
      verdictBy: person(claim.verdictBy),
      verdictAt: claim.verdictAt?.toISOString() ?? null,
      overrideReason: claim.overrideReason,
      assignee: person(claim.assignee),
      version: claim.version,
    },
    ratings,
    myRating: ratings.find((rating) => rating.isMine) ?? null,
    history: views.filter((rating) => rating.supersededAt !== null),
    aggregate,
    verification,
    settings,
    assignableMembers: members.map((member) => person(member.user)!),
  }
}
