import 'server-only'
import { recordActivity } from '@/lib/activity/record-activity'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb } from '@/lib/db/client'
import { Prisma } from '@/lib/db/generated/client'
import { AppError } from '@/lib/errors'
import { readStoredLocation } from '@/lib/quotes/stored-location'
import { parseInput } from '@/lib/validation'
import { QUOTE_SNAPSHOT_SELECT, quantityFor, toEvidenceView } from './evidence-view'
import { locationJson, locationSummary, lockSourceForQuotes, placeQuote } from './locate-evidence-quote'
import { ZUpdateEvidence } from './schemas'

const FIELDS = ['stance', 'quote', 'locator', 'figure', 'quantityPosition'] as const

// Corrects a citation (a mistyped quote, the wrong figure). A changed quote is located
// again in the source's newest finished snapshot; the location it replaces goes into
// the new one's history and into the activity row, so what was found where stays known.
export async function updateEvidence({ actor, ...input }: { actor: Actor } & Record<string, unknown>) {
  const { workspaceId, evidenceId, claimId, version, ...edit } = parseInput(ZUpdateEvidence, input)
  return getDb().$transaction(async (tx) => {
    await requireWorkspaceAccess(tx, actor, workspaceId, 'claim.review')
    const found = await tx.evidence.findFirst({ where: { id: evidenceId, workspaceId, removedAt: null, ...(claimId ? { claimId } : {}) }, select: { sourceId: true } })
    if (!found) throw new AppError('NOT_FOUND', 'Evidence not found')
    await lockSourceForQuotes(tx, workspaceId, found.sourceId, 'share')
    const evidence = await tx.evidence.findFirstOrThrow({ where: { id: evidenceId }, include: { claim: { include: { quantities: true } } } })
    if (evidence.version !== version) throw conflict(evidence.version)
    if (edit.quantityPosition != null && !quantityFor(evidence.claim.quantities, edit.quantityPosition)) {
      throw new AppError('INVALID_INPUT', 'The claim has no figure at this position', [{ field: 'quantityPosition', message: 'is not a figure of the claim' }])
    }
    const changed = FIELDS.filter((field) => edit[field] !== undefined && edit[field] !== evidence[field])
    const isQuoteChanged = changed.includes('quote')
    const previous = readStoredLocation(evidence.quoteLocation)
    const placed = isQuoteChanged ? await placeQuote(tx, { workspaceId, sourceId: evidence.sourceId, quote: edit.quote!, previous, because: 'quote-edited' }) : null
    const data = Object.fromEntries(changed.map((field) => [field, edit[field] ?? null]))
    const { count } = await tx.evidence.updateMany({
      where: { id: evidence.id, version },
      data: {
        ...data,
        version: { increment: 1 },
        ...(placed ? { quoteSnapshotId: placed.quoteSnapshotId, quoteLocation: placed.quoteLocation ? locationJson(placed.quoteLocation) : Prisma.DbNull } : {}),
      },
    })
    if (count === 0) throw conflict(evidence.version)
    const pick = (row: Record<string, unknown>) => Object.fromEntries(changed.map((field) => [field, row[field] ?? null]))
    await recordActivity(tx, {
      workspaceId,
      actorId: actor.id,
      subjectType: 'Evidence',
      subjectId: evidence.id,
      documentId: evidence.claim.documentId,
      claimId: evidence.claimId,
      action: 'evidence.updated',
      before: { ...pick(evidence), ...(placed ? { quoteLocation: locationSummary(previous) } : {}) },
      after: { ...pick(data), ...(placed ? { quoteLocation: locationSummary(placed.quoteLocation) } : {}) },
    })
    const updated = await tx.evidence.findUniqueOrThrow({ where: { id: evidence.id }, include: { source: true, quoteSnapshot: { select: QUOTE_SNAPSHOT_SELECT } } })
    const latest = placed ? placed.latestSnapshotStatus : ((await tx.sourceSnapshot.findFirst({ where: { workspaceId, sourceId: evidence.sourceId }, orderBy: { number: 'desc' }, select: { status: true } }))?.status ?? null)
    return toEvidenceView(updated, evidence.claim.quantities, latest)
  })
}

function conflict(currentVersion: number): AppError {
  return new AppError('CONFLICT', 'Someone changed this evidence since you opened it. Reload to see their change.', [], { currentVersion: String(currentVersion) })
}
