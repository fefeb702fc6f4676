import 'server-only'
import type { Evidence, Quantity, Source, SourceSnapshot } from '@/lib/db/generated/client'
import { toQuantityView, type QuantityView } from '@/lib/claims/quantity-view'
import { readStoredLocation } from '@/lib/quotes/stored-location'
import type { FigureComparison } from './compare-figure'
import { figureCheckOf, quoteCheckOf, type FigureCheck, type QuoteCheck, type QuoteSnapshotMeta, type SnapshotStatus } from './quote-check'

export interface EvidenceView {
  id: string
  claimId: string
  stance: Evidence['stance']
  quote: string
  locator: string | null
  figure: string | null
  quantityPosition: number | null
  version: number
  createdById: string
  createdAt: Date
  source: { id: string; url: string | null; title: string; publisher: string | null; archiveUrl: string | null; type: Source['type']; reliability: number | null; retractedAt: Date | null; retractionNote: string | null; isRetracted: boolean }
  // Where the quote is in the source as archived, or why that is not known.
  quoteCheck: QuoteCheck
  // The figure checked: read from the located quote when it holds one, else as typed.
  figureCheck: FigureCheck | null
  // figureCheck's comparison. Null when there is no figure, or the claim has no quantity to set it against.
  comparison: FigureComparison | null
}

// The claim's quantity a figure is compared with: the one named, else the first.
export function quantityFor(quantities: Quantity[], position: number | null): Quantity | undefined {
  const sorted = [...quantities].sort((a, b) => a.position - b.position)
  return position == null ? sorted[0] : sorted.find((quantity) => quantity.position === position)
}

// The columns of the snapshot a quote was located in that the view shows.
export const QUOTE_SNAPSHOT_SELECT = { id: true, number: true, sha256: true, textSha256: true, fetchedAt: true, createdAt: true } as const
type SnapshotMetaRow = Pick<SourceSnapshot, keyof typeof QUOTE_SNAPSHOT_SELECT>

export function toSnapshotMeta(row: SnapshotMetaRow | null | undefined): QuoteSnapshotMeta | null {
  if (!row) return null
  return { id: row.id, number: row.number, sha256: row.sha256, textSha256: row.textSha256, archivedAt: (row.fetchedAt ?? row.createdAt).toISOString() }
}

type EvidenceRow = Evidence & { source: Source; quoteSnapshot?: SnapshotMetaRow | null }

export function toEvidenceView(evidence: EvidenceRow, quantities: Quantity[], latestSnapshotStatus: SnapshotStatus | null): EvidenceView {
  const quantity = quantityFor(quantities, evidence.quantityPosition)
  const { quoteSnapshot, ...rest } = evidence
  return evidenceView({ ...rest, quoteSnapshot: toSnapshotMeta(quoteSnapshot), latestSnapshotStatus }, quantity && toQuantityView(quantity))
}

// The fields of an evidence row and its source that the view is made from.
export type EvidenceRecord = Omit<EvidenceView, 'source' | 'comparison' | 'quoteCheck' | 'figureCheck'> & {
  workspaceId: string
  source: Omit<EvidenceView['source'], 'isRetracted'>
  quoteLocation: unknown
  quoteSnapshot: QuoteSnapshotMeta | null
  latestSnapshotStatus: SnapshotStatus | null
}

// The view of an evidence row, its figure set against the claim's quantity it names.
export function evidenceView(evidence: EvidenceRecord, quantity: QuantityView | undefined): EvidenceView {
  const { source } = evidence
  const quoteCheck = quoteCheckOf({ workspaceId: evidence.workspaceId, sourceId: source.id, location: readStoredLocation(evidence.quoteLocation), snapshot: evidence.quoteSnapshot, latestStatus: evidence.latestSnapshotStatus })
  const figureCheck = figureCheckOf(quoteCheck, evidence.figure, quantity)
  return {
    id: evidence.id,
    claimId: evidence.claimId,
    stance: evidence.stance,
    quote: evidence.quote,
    locator: evidence.locator,
    figure: evidence.figure,
    quantityPosition: evidence.quantityPosition,
    version: evidence.version,
    createdById: evidence.createdById,
    createdAt: evidence.createdAt,
    source: {
      id: source.id,
      url: source.url,
      title: source.title,
      publisher: source.publisher,
      archiveUrl: source.archiveUrl,
      type: source.type,
      reliability: source.reliability,
      retractedAt: source.retractedAt,
      retractionNote: source.retractionNote,
      isRetracted: source.retractedAt !== null,
    },
    quoteCheck,
    figureCheck,
    comparison: figureCheck?.comparison ?? null,
  }
}
