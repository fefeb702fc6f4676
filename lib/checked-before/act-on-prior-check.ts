import 'server-only'
import { recordActivity } from '@/lib/activity/record-activity'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb, type Tx } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import { lockClaim, requireNotDismissed } from '@/lib/reviews/review-claim'
import { recordRating } from '@/lib/reviews/rate-claim'
import { VERDICT_LABELS } from '@/lib/reviews/verdicts'
import { parseInput } from '@/lib/validation'
import { ZPriorCheckRef, ZReusePriorCheck } from './schemas'

// What a reviewer does with an offered earlier check: dismiss it as "not the same
// claim" (remembered, never offered again for this claim), or reuse it (its verdict
// becomes the reviewer's rating, with a link back, and its sources can be cited for
// this claim too). Both are in the claim's activity log.
export async function dismissPriorCheck({ actor, ...input }: { actor: Actor } & Record<string, unknown>) {
  const { workspaceId, claimId, priorCheckId } = parseInput(ZPriorCheckRef, input)
  return getDb().$transaction(async (tx) => {
    await requireWorkspaceAccess(tx, actor, workspaceId, 'claim.review')
    const claim = await lockClaim(tx, workspaceId, claimId)
    const row = await findRow(tx, workspaceId, claimId, priorCheckId)
    if (row.dismissedAt) return { id: row.id, dismissedAt: row.dismissedAt.toISOString() }
    const dismissed = await tx.priorCheck.update({ where: { id: row.id }, data: { dismissedAt: new Date(), dismissedById: actor.id } })
    await recordActivity(tx, {
      workspaceId,
      actorId: actor.id,
      subjectType: 'PriorCheck',
      subjectId: row.id,
      documentId: claim.documentId,
      claimId,
      action: 'prior_check.dismissed',
      after: { earlierClaimId: row.earlierClaimId, externalCheckId: row.externalCheckId, reason: 'not the same claim' },
    })
    return { id: dismissed.id, dismissedAt: dismissed.dismissedAt!.toISOString() }
  })
}

export async function reusePriorCheck({ actor, ...input }: { actor: Actor } & Record<string, unknown>) {
  const { workspaceId, claimId, priorCheckId, attachEvidence } = parseInput(ZReusePriorCheck, input)
  return getDb().$transaction(async (tx) => {
    await requireWorkspaceAccess(tx, actor, workspaceId, 'claim.review')
    const claim = await lockClaim(tx, workspaceId, claimId)
    requireNotDismissed(claim)
    const row = await findRow(tx, workspaceId, claimId, priorCheckId)
    if (row.dismissedAt) throw new AppError('INVALID_INPUT', 'This earlier check was dismissed as not the same claim')
    const earlier = row.earlierClaimId
      ? await tx.claim.findFirst({
          where: { id: row.earlierClaimId, workspaceId, status: 'VERIFIED', verdict: { not: null }, supersededAt: null },
          include: { document: { select: { title: true } }, ratings: { where: { supersededAt: null } }, evidence: { where: { removedAt: null, source: { retractedAt: null } } } },
        })
      : null
    const external = row.externalCheckId ? await tx.externalCheck.findFirst({ where: { id: row.externalCheckId, workspaceId } }) : null
    const verdict = earlier?.verdict ?? external?.verdict
    if (!verdict) throw new AppError('CONFLICT', earlier === null && row.earlierClaimId ? 'The earlier claim no longer has a final verdict' : 'This external check has no verdict Claimtrack can take over')
    const confidence = earlier?.ratings.length ? Math.round(earlier.ratings.reduce((sum, rating) => sum + rating.confidence, 0) / earlier.ratings.length) : 3
    const link = earlier ? `/w/${workspaceId}/documents/${earlier.documentId}?claim=${earlier.id}` : external!.url
    const from = earlier ? `“${earlier.document.title}”` : `${external!.publisherName} (external)`
    const rationale = `Checked before in ${from}: ${VERDICT_LABELS[verdict]}. ${link}`
    const rating = await recordRating(tx, actor, claim, { verdict, confidence, rationale })
    const cited = attachEvidence && earlier ? earlier.evidence : []
    for (const item of cited) {
      const evidence = await tx.evidence.create({
        data: { workspaceId, claimId, sourceId: item.sourceId, stance: item.stance, quote: item.quote, locator: item.locator, figure: item.figure, createdById: actor.id },
      })
      await recordActivity(tx, {
        workspaceId,
        actorId: actor.id,
        subjectType: 'Evidence',
        subjectId: evidence.id,
        documentId: claim.documentId,
        claimId,
        action: 'evidence.added',
        after: { claimId, sourceId: item.sourceId, stance: item.stance, quote: item.quote, locator: item.locator, reusedFrom: item.id },
      })
    }
    await tx.priorCheck.update({ where: { id: row.id }, data: { reusedAt: new Date(), reusedById: actor.id } })
    await recordActivity(tx, {
      workspaceId,
      actorId: actor.id,
      subjectType: 'PriorCheck',
      subjectId: row.id,
      documentId: claim.documentId,
      claimId,
      action: 'prior_check.reused',
      after: { earlierClaimId: row.earlierClaimId, externalCheckId: row.externalCheckId, verdict, ratingId: rating.id, evidence: cited.length },
    })
    return { ratingId: rating.id, verdict, evidenceAdded: cited.length }
  })
}

async function findRow(tx: Tx, workspaceId: string, claimId: string, priorCheckId: string) {
  const row = await tx.priorCheck.findFirst({ where: { id: priorCheckId, workspaceId, claimId } })
  if (!row) throw new AppError('NOT_FOUND', 'Earlier check not found for this claim')
  return row
}
