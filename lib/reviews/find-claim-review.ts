import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { can, ROLES } from '@/lib/auth/roles'
import { getDb } from '@/lib/db/client'
import { isoTime, jsonPerson, preparedQuery } from '@/lib/db/prepared-query'
import type { ClaimStatus, Verdict } from '@/lib/db/generated/enums'
import { AppError } from '@/lib/errors'
import { parseInput } from '@/lib/validation'
import { aggregateRatings, type RatingAggregate } from './aggregate-ratings'
import { STRONG_EVIDENCE, STRONG_SOURCE_TYPES } from './review-claim'
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
const quoted = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ')
const REVIEWER_ROLES = ROLES.filter((role) => can(role, 'claim.review'))

type Person = { id: string; name: string | null; email: string }
interface ReviewRow {
  claim: Pick<ClaimReview['claim'], 'id' | 'documentId' | 'status' | 'verdict' | 'verdictAt' | 'overrideReason' | 'version'> & { verdictBy: Person | null; assignee: Person | null }
  ratings: (Omit<RatingView, 'reviewerName' | 'isMine'> & { user: Person })[]
  strongEvidence: number
  settings: VerificationSettings
  members: Person[]
}

// One prepared statement (the panel opens on every click): the claim, its ratings with
// their reviewers, how much strong evidence it has, and the workspace's thresholds and
// reviewers, as one JSON value. The constants inlined are the code's own, not input.
const selectReview = preparedQuery<{ review: ReviewRow | null }>(
  'find_claim_review',
  `SELECT (SELECT json_build_object(
      'claim', json_build_object('id', c.id, 'documentId', c."documentId", 'status', c.status, 'verdict', c.verdict,
        'verdictAt', ${isoTime('c."verdictAt"')}, 'overrideReason', c."overrideReason", 'version', c.version,
        'verdictBy', (SELECT ${jsonPerson('u')} FROM "User" u WHERE u.id = c."verdictById"),
        'assignee', (SELECT ${jsonPerson('u')} FROM "User" u WHERE u.id = c."assigneeId")),
      'ratings', (SELECT coalesce(json_agg(json_build_object('id', r.id, 'userId', r."userId", 'verdict', r.verdict,
          'confidence', r.confidence, 'rationale', r.rationale, 'createdAt', ${isoTime('r."createdAt"')},
          'supersededAt', ${isoTime('r."supersededAt"')}, 'user', ${jsonPerson('u')}) ORDER BY r."createdAt" DESC), '[]')
        FROM "Rating" r JOIN "User" u ON u.id = r."userId" WHERE r."claimId" = c.id),
      'strongEvidence', (SELECT count(*) FROM "Evidence" e JOIN "Source" s ON s.id = e."sourceId"
        WHERE e."claimId" = c.id AND e."removedAt" IS NULL AND e.stance IN (${quoted(STRONG_EVIDENCE.stance.in)})
          AND s."retractedAt" IS NULL AND s.type IN (${quoted(STRONG_SOURCE_TYPES)})),
      'settings', json_build_object('verifyMinRatings', w."verifyMinRatings", 'verifyMinAgreement', w."verifyMinAgreement",
        'verifyRequiresStrongEvidence', w."verifyRequiresStrongEvidence"),
      'members', (SELECT coalesce(json_agg(${jsonPerson('u')} ORDER BY m."createdAt"), '[]')
        FROM "Membership" m JOIN "User" u ON u.id = m."userId" WHERE m."workspaceId" = w.id AND m.role IN (${quoted(REVIEWER_ROLES)})))
    FROM "Claim" c JOIN "Workspace" w ON w.id = c."workspaceId"
    WHERE c.id = $1 AND c."workspaceId" = $2 AND c."supersededAt" IS NULL) AS review`,
)

// Everything the claim panel shows about the review of one claim.
export async function findClaimReview({ actor, ...input }: { actor: Actor } & Record<string, unknown>): Promise<ClaimReview> {
  const { workspaceId, claimId } = parseInput(ZClaimReviewRef, input)
  await requireWorkspaceAccess(getDb(), actor, workspaceId, 'workspace.read')
  const [row] = await selectReview([claimId, workspaceId])
  if (!row?.review) throw new AppError('NOT_FOUND', 'Claim not found')
  const { claim, settings, members, strongEvidence } = row.review
  const views = row.review.ratings.map(({ user, ...rating }): RatingView => ({ ...rating, reviewerName: displayName(user), isMine: rating.userId === actor.id }))
  const ratings = views.filter((rating) => rating.supersededAt === null)
  const aggregate = aggregateRatings(ratings)
  const named = (who: Person | null) => (who ? { id: who.id, name: displayName(who) } : null)
  return {
    claim: { ...claim, verdictBy: named(claim.verdictBy), assignee: named(claim.assignee) },
    ratings,
    myRating: ratings.find((rating) => rating.isMine) ?? null,
    history: views.filter((rating) => rating.supersededAt !== null),
    aggregate,
    verification: checkVerification(aggregate, strongEvidence > 0, settings),
    settings,
    assignableMembers: members.map((member) => named(member)!),
  }
}
