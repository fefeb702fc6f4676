import 'server-only'
import { recordActivity } from '@/lib/activity/record-activity'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb, type Tx } from '@/lib/db/client'
import type { Verdict } from '@/lib/db/generated/enums'
import { parseInput } from '@/lib/validation'
import { lockClaim, requireNotDismissed } from './review-claim'
import { ZRateClaim } from './schemas'

// A reviewer's verdict, confidence and rationale. One current rating per reviewer: a
// new one supersedes theirs, which stays as history. The first rating of an
// unreviewed claim starts its review.
export async function rateClaim({ actor, ...input }: { actor: Actor } & Record<string, unknown>) {
  const { workspaceId, claimId, verdict, confidence, rationale } = parseInput(ZRateClaim, input)
  return getDb().$transaction(async (tx) => {
    await requireWorkspaceAccess(tx, actor, workspaceId, 'claim.review')
    const claim = await lockClaim(tx, workspaceId, claimId)
    requireNotDismissed(claim)
    return recordRating(tx, actor, claim, { verdict, confidence, rationale })
  })
}

// Writes the rating on a claim the caller has locked (lockClaim) after checking access.
export async function recordRating(tx: Tx, actor: Actor, claim: Awaited<ReturnType<typeof lockClaim>>, { verdict, confidence, rationale }: { verdict: Verdict; confidence: number; rationale: string }) {
  const { workspaceId, id: claimId } = claim
  const previous = await tx.rating.findFirst({ where: { claimId, userId: actor.id, supersededAt: null }, orderBy: { createdAt: 'desc' } })
  const now = new Date()
  if (previous) await tx.rating.updateMany({ where: { claimId, userId: actor.id, supersededAt: null }, data: { supersededAt: now } })
  const rating = await tx.rating.create({ data: { workspaceId, claimId, userId: actor.id, verdict, confidence, rationale, createdAt: now } })
  await recordActivity(tx, {
    workspaceId,
    actorId: actor.id,
    subjectType: 'Rating',
    subjectId: rating.id,
    documentId: claim.documentId,
    claimId,
    action: previous ? 'rating.changed' : 'rating.added',
    before: previous ? { ratingId: previous.id, verdict: previous.verdict, confidence: previous.confidence, rationale: previous.rationale } : null,
    after: { ratingId: rating.id, verdict, confidence, rationale },
  })
  if (claim.status === 'UNREVIEWED') {
    // The claim row is locked: nobody else can have changed its version meanwhile.
    await tx.claim.update({ where: { id: claimId }, data: { status: 'IN_REVIEW', version: { increment: 1 } } })
    await recordActivity(tx, {
      workspaceId,
      actorId: actor.id,
      subjectType: 'Claim',
      subjectId: claimId,
      documentId: claim.documentId,
      claimId,
      action: 'claim.status_changed',
      before: { status: claim.status },
      after: { status: 'IN_REVIEW', reason: 'first rating' },
    })
  }
  return rating
}
