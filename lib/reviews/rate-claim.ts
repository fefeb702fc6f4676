import 'server-only'
import { randomUUID } from 'node:crypto'
import { announceActivitySql } from '@/lib/activity/record-activity'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb, type Tx } from '@/lib/db/client'
import type { Rating } from '@/lib/db/generated/client'
import type { ClaimStatus, Verdict } from '@/lib/db/generated/enums'
import { AppError } from '@/lib/errors'
import { parseInput } from '@/lib/validation'
import { requireNotDismissed } from './review-claim'
import { ZRateClaim } from './schemas'

interface RatedClaim {
  id: string
  workspaceId: string
  documentId: string
  status: ClaimStatus
}

// A reviewer's verdict, confidence and rationale. One current rating per reviewer: a
// new one supersedes theirs, which stays as history. The first rating of an
// unreviewed claim starts its review. Four statements: BEGIN, the lock, the write, COMMIT.
export async function rateClaim({ actor, ...input }: { actor: Actor } & Record<string, unknown>) {
  const { workspaceId, claimId, verdict, confidence, rationale } = parseInput(ZRateClaim, input)
  return getDb().$transaction(async (tx) => {
    await requireWorkspaceAccess(tx, actor, workspaceId, 'claim.review')
    const claim = await lockClaimToRate(tx, workspaceId, claimId)
    requireNotDismissed(claim)
    return recordRating(tx, actor, claim, { verdict, confidence, rationale })
  })
}

// lockClaim's lock and check in one statement, reading only what a rating needs.
async function lockClaimToRate(tx: Tx, workspaceId: string, claimId: string) {
  const [claim] = await tx.$queryRaw<(RatedClaim & { dismissedAt: Date | null; supersededAt: Date | null })[]>`
    SELECT id, "workspaceId", "documentId", status::text AS status, "dismissedAt", "supersededAt"
    FROM "Claim" WHERE id = ${claimId} AND "workspaceId" = ${workspaceId} FOR UPDATE`
  if (!claim || claim.supersededAt) throw new AppError('NOT_FOUND', 'Claim not found')
  return claim
}

// Writes the rating on a claim the caller has locked (lockClaim) after checking access:
// in one statement the previous rating is superseded (its values become the record's
// "before"), the new one stored, an unreviewed claim put in review (its version bumped:
// the lock means nobody changed it meanwhile), and each change recorded and announced.
export async function recordRating(tx: Tx, actor: Actor, claim: RatedClaim, { verdict, confidence, rationale }: { verdict: Verdict; confidence: number; rationale: string }): Promise<Rating> {
  const { workspaceId, id: claimId, documentId } = claim
  const ratingId = randomUUID()
  const after = JSON.stringify({ ratingId, verdict, confidence, rationale })
  const isFirstReview = claim.status === 'UNREVIEWED'
  const [row] = await tx.$queryRaw<(Rating & { announced: bigint })[]>`
    WITH superseded AS (
      UPDATE "Rating" SET "supersededAt" = now() WHERE "claimId" = ${claimId} AND "userId" = ${actor.id} AND "supersededAt" IS NULL
      RETURNING id, verdict, confidence, rationale, "createdAt"
    ), previous AS (
      SELECT jsonb_build_object('ratingId', id, 'verdict', verdict, 'confidence', confidence, 'rationale', rationale) AS before
      FROM superseded ORDER BY "createdAt" DESC LIMIT 1
    ), rating AS (
      INSERT INTO "Rating" (id, "workspaceId", "claimId", "userId", verdict, confidence, rationale, "createdAt")
      VALUES (${ratingId}, ${workspaceId}, ${claimId}, ${actor.id}, ${verdict}::"Verdict", ${confidence}, ${rationale}, now())
      RETURNING *
    ), reviewed AS (
      UPDATE "Claim" SET status = 'IN_REVIEW', version = version + 1, "updatedAt" = now()
      WHERE id = ${claimId} AND ${isFirstReview}::boolean AND status = 'UNREVIEWED' RETURNING id
    ), activity AS (
      INSERT INTO "ActivityEvent" ("workspaceId", "actorId", "subjectType", "subjectId", "documentId", "claimId", action, before, after)
      SELECT ${workspaceId}::text, ${actor.id}::text, 'Rating', ${ratingId}::text, ${documentId}::text, ${claimId}::text,
        CASE WHEN previous.before IS NULL THEN 'rating.added' ELSE 'rating.changed' END, previous.before, ${after}::jsonb
      FROM (SELECT 1) AS one LEFT JOIN previous ON true
      UNION ALL
      SELECT ${workspaceId}::text, ${actor.id}::text, 'Claim', ${claimId}::text, ${documentId}::text, ${claimId}::text, 'claim.status_changed',
        '{"status":"UNREVIEWED"}'::jsonb, '{"status":"IN_REVIEW","reason":"first rating"}'::jsonb
      FROM reviewed
      RETURNING *
    )
    SELECT rating.*, ${announceActivitySql('activity')} AS announced FROM rating`
  const { announced: _announced, ...rating } = row!
  return rating
}
