import 'server-only'
import { recordActivity } from '@/lib/activity/record-activity'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import { parseInput } from '@/lib/validation'
import { QUOTE_SNAPSHOT_SELECT, quantityFor, toEvidenceView } from './evidence-view'
import { locationJson, locationSummary, lockSourceForQuotes, placeQuote } from './locate-evidence-quote'
import { ZAddEvidence } from './schemas'

// Cites a source of the library for or against a claim, with its exact words and,
// optionally, the figure it gives. The quote is located at once in the source's newest
// finished snapshot (or later, when one finishes), and the figure read from it is
// compared with the claim's quantity.
export async function addEvidence({ actor, ...input }: { actor: Actor } & Record<string, unknown>) {
  const { workspaceId, claimId, sourceId, quantityPosition, ...fields } = parseInput(ZAddEvidence, input)
  return getDb().$transaction(async (tx) => {
    await requireWorkspaceAccess(tx, actor, workspaceId, 'claim.review')
    const claim = await tx.claim.findFirst({ where: { id: claimId, workspaceId, supersededAt: null }, include: { quantities: true } })
    if (!claim) throw new AppError('NOT_FOUND', 'Claim not found')
    if (!(await lockSourceForQuotes(tx, workspaceId, sourceId, 'share'))) throw new AppError('NOT_FOUND', 'Source not found')
    const source = await tx.source.findFirstOrThrow({ where: { id: sourceId, workspaceId } })
    if (source.retractedAt) throw new AppError('INVALID_INPUT', 'This source is retracted: cite another one', [{ field: 'sourceId', message: 'is retracted' }])
    if (quantityPosition != null && !quantityFor(claim.quantities, quantityPosition)) {
      throw new AppError('INVALID_INPUT', 'The claim has no figure at this position', [{ field: 'quantityPosition', message: 'is not a figure of the claim' }])
    }
    const placed = await placeQuote(tx, { workspaceId, sourceId, quote: fields.quote })
    const evidence = await tx.evidence.create({
      data: {
        ...fields,
        quantityPosition: quantityPosition ?? null,
        workspaceId,
        claimId,
        sourceId,
        createdById: actor.id,
        quoteSnapshotId: placed.quoteSnapshotId,
        ...(placed.quoteLocation ? { quoteLocation: locationJson(placed.quoteLocation) } : {}),
      },
      include: { source: true, quoteSnapshot: { select: QUOTE_SNAPSHOT_SELECT } },
    })
    await recordActivity(tx, {
      workspaceId,
      actorId: actor.id,
      subjectType: 'Evidence',
      subjectId: evidence.id,
      documentId: claim.documentId,
      claimId,
      action: 'evidence.added',
      after: { claimId, sourceId, stance: evidence.stance, quote: evidence.quote, locator: evidence.locator, figure: evidence.figure, quantityPosition: evidence.quantityPosition, quoteLocation: locationSummary(placed.quoteLocation) },
    })
    return toEvidenceView(evidence, claim.quantities, placed.latestSnapshotStatus)
  })
}
