import 'server-only'
import { recordActivity } from '@/lib/activity/record-activity'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import { parseInput } from '@/lib/validation'
import { quantityFor, toEvidenceView } from './evidence-view'
import { ZAddEvidence } from './schemas'

// Cites a source of the library for or against a claim, with its exact words and,
// optionally, the figure it gives, compared at once with the claim's quantity.
export async function addEvidence({ actor, ...input }: { actor: Actor } & Record<string, unknown>) {
  const { workspaceId, claimId, sourceId, quantityPosition, ...fields } = parseInput(ZAddEvidence, input)
  return getDb().$transaction(async (tx) => {
    await requireWorkspaceAccess(tx, actor, workspaceId, 'claim.review')
    const claim = await tx.claim.findFirst({ where: { id: claimId, workspaceId, supersededAt: null }, include: { quantities: true } })
    if (!claim) throw new AppError('NOT_FOUND', 'Claim not found')
    const source = await tx.source.findFirst({ where: { id: sourceId, workspaceId } })
    if (!source) throw new AppError('NOT_FOUND', 'Source not found')
    if (source.retractedAt) throw new AppError('INVALID_INPUT', 'This source is retracted: cite another one', [{ field: 'sourceId', message: 'is retracted' }])
    if (quantityPosition != null && !quantityFor(claim.quantities, quantityPosition)) {
      throw new AppError('INVALID_INPUT', 'The claim has no figure at this position', [{ field: 'quantityPosition', message: 'is not a figure of the claim' }])
    }
    const evidence = await tx.evidence.create({
      data: { ...fields, quantityPosition: quantityPosition ?? null, workspaceId, claimId, sourceId, createdById: actor.id },
      include: { source: true },
    })
    await recordActivity(tx, {
      workspaceId,
      actorId: actor.id,
      subjectType: 'Evidence',
      subjectId: evidence.id,
      documentId: claim.documentId,
      claimId,
      action: 'evidence.added',
      after: { claimId, sourceId, stance: evidence.stance, quote: evidence.quote, locator: evidence.locator, figure: evidence.figure, quantityPosition: evidence.quantityPosition },
    })
    return toEvidenceView(evidence, claim.quantities)
  })
}
