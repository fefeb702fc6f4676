import 'server-only'
import type { Evidence, Quantity, Source } from '@/lib/db/generated/client'
import { toQuantityView, type QuantityView } from '@/lib/claims/quantity-view'
import { compareFigure, type FigureComparison } from './compare-figure'

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
  // Null when there is no figure, or the claim has no quantity to set it against.
  comparison: FigureComparison | null
}

// The claim's quantity a figure is compared with: the one named, else the first.
export function quantityFor(quantities: Quantity[], position: number | null): Quantity | undefined {
  const sorted = [...quantities].sort((a, b) => a.position - b.position)
  return position == null ? sorted[0] : sorted.find((quantity) => quantity.position === position)
}

export function toEvidenceView(evidence: Evidence & { source: Source }, quantities: Quantity[]): EvidenceView {
  const quantity = quantityFor(quantities, evidence.quantityPosition)
  return evidenceView(evidence, quantity && toQuantityView(quantity))
}

// The fields of an evidence row and its source that the view shows.
export type EvidenceRecord = Omit<EvidenceView, 'source' | 'comparison'> & { source: Omit<EvidenceView['source'], 'isRetracted'> }

// The view of an evidence row, its figure set against the claim's quantity it names.
export function evidenceView(evidence: EvidenceRecord, quantity: QuantityView | undefined): EvidenceView {
  const { source } = evidence
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
    comparison: evidence.figure && quantity ? compareFigure(quantity, evidence.figure) : null,
  }
}
