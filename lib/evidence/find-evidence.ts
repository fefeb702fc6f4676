import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import type { QuantityView } from '@/lib/claims/quantity-view'
import { getDb } from '@/lib/db/client'
import { isoTime, preparedQuery } from '@/lib/db/prepared-query'
import { AppError } from '@/lib/errors'
import { parseInput } from '@/lib/validation'
import { evidenceView, type EvidenceRecord } from './evidence-view'
import { ZClaimEvidenceRef } from './schemas'

// The claim panel reads these for every claim it opens: prepared statements
// (lib/db/prepared-query.ts). Timestamps come as ISO text and become Dates below.
type EvidenceRow = Omit<EvidenceRecord, 'createdAt' | 'source'> & { createdAt: string; source: Omit<EvidenceRecord['source'], 'retractedAt'> & { retractedAt: string | null } }
// The snapshot a quote was located in is joined within the workspace only; so is the
// source's newest snapshot, whose status says whether the quote can be looked for yet.
const selectEvidence = preparedQuery<EvidenceRow>(
  'find_evidence',
  `SELECT e.id, e."workspaceId", e."claimId", e.stance, e.quote, e.locator, e.figure, e."quantityPosition", e.version, e."createdById",
          ${isoTime('e."createdAt"')} AS "createdAt", e."quoteLocation",
          json_build_object('id', s.id, 'url', s.url, 'title', s.title, 'publisher', s.publisher, 'archiveUrl', s."archiveUrl",
            'type', s.type, 'reliability', s.reliability, 'retractedAt', ${isoTime('s."retractedAt"')}, 'retractionNote', s."retractionNote") AS source,
          CASE WHEN qs.id IS NULL THEN NULL ELSE json_build_object('id', qs.id, 'number', qs.number, 'sha256', qs.sha256, 'textSha256', qs."textSha256",
            'archivedAt', ${isoTime('coalesce(qs."fetchedAt", qs."createdAt")')}) END AS "quoteSnapshot",
          (SELECT ls.status::text FROM "SourceSnapshot" ls WHERE ls."sourceId" = e."sourceId" AND ls."workspaceId" = e."workspaceId"
            ORDER BY ls.number DESC LIMIT 1) AS "latestSnapshotStatus"
     FROM "Evidence" e JOIN "Source" s ON s.id = e."sourceId"
     LEFT JOIN "SourceSnapshot" qs ON qs.id = e."quoteSnapshotId" AND qs."workspaceId" = e."workspaceId"
    WHERE e."claimId" = $1 AND e."workspaceId" = $2 AND e."removedAt" IS NULL
    ORDER BY e."createdAt", e.id`,
)
// The claim (none: not found) with its quantities by position, shaped as QuantityView.
const selectClaimQuantities = preparedQuery<{ quantities: (QuantityView & { position: number })[] }>(
  'find_evidence_claim_quantities',
  `SELECT (SELECT coalesce(json_agg(json_build_object('position', q.position, 'id', q.id, 'start', q.start, 'end', q."end",
            'text', q.text, 'value', trim_scale(q.value)::text, 'valueMax', trim_scale(q."valueMax")::text, 'unit', q.unit,
            'countedNoun', q."countedNoun", 'qualifier', q.qualifier, 'year', q.year, 'period', q.period, 'role', q.role)
          ORDER BY q.position), '[]') FROM "Quantity" q WHERE q."claimId" = c.id) AS quantities
     FROM "Claim" c WHERE c.id = $1 AND c."workspaceId" = $2`,
)

// A claim's evidence in the order it was added, each with its source (retracted ones
// flagged) and its figure compared with the claim's quantity it names, else the first.
export async function findEvidence({ actor, ...input }: { actor: Actor } & Record<string, unknown>) {
  const { workspaceId, claimId } = parseInput(ZClaimEvidenceRef, input)
  await requireWorkspaceAccess(getDb(), actor, workspaceId, 'workspace.read')
  const [[claim], rows] = await Promise.all([selectClaimQuantities([claimId, workspaceId]), selectEvidence([claimId, workspaceId])])
  if (!claim) throw new AppError('NOT_FOUND', 'Claim not found')
  // As quantityFor picks: the quantity named by position, else the first.
  const quantityAt = (position: number | null): QuantityView | undefined => {
    const found = position == null ? claim.quantities[0] : claim.quantities.find((each) => each.position === position)
    if (!found) return undefined
    const { position: _position, ...view } = found
    return view
  }
  return rows.map(({ createdAt, source, ...row }) =>
    evidenceView({ ...row, createdAt: new Date(createdAt), source: { ...source, retractedAt: source.retractedAt ? new Date(source.retractedAt) : null } }, quantityAt(row.quantityPosition)),
  )
}
