// An evidence quote's place in the archived source as the report carries it: the same
// check the claim panel shows (lib/evidence/quote-check.ts), with the snapshot's hashes
// and the W3C target, so a reader can find the words in that version of the source.
import type { QuantityView } from '@/lib/claims/quantity-view'
import { figureCheckOf, quoteCheckOf, type FigureCheck, type QuoteSnapshotMeta, type SnapshotStatus } from '@/lib/evidence/quote-check'
import { readStoredLocation } from '@/lib/quotes/stored-location'
import type { ReportQuoteLocation } from './report-model'

interface EvidenceRow {
  workspaceId: string
  sourceId: string
  figure: string | null
  quoteLocation: unknown
}

export const snapshotUrn = (sourceId: string, number: number) => `urn:claimtrack:source:${sourceId}:snapshot:${number}`

export function reportQuote(item: EvidenceRow, snapshot: QuoteSnapshotMeta | null, latestStatus: SnapshotStatus | null, quantity: QuantityView | undefined): { quoteLocation: ReportQuoteLocation; figureCheck: FigureCheck | null } {
  const location = readStoredLocation(item.quoteLocation)
  const check = quoteCheckOf({ workspaceId: item.workspaceId, sourceId: item.sourceId, location, snapshot, latestStatus })
  const selectors = check.snapshot ? location?.selectors : undefined
  return {
    quoteLocation: {
      state: check.state,
      label: check.label,
      isFlagged: check.isFlagged,
      page: check.page,
      endPage: check.endPage,
      paragraph: check.paragraph,
      snapshot: check.snapshot && { number: check.snapshot.number, sha256: check.snapshot.sha256, textSha256: check.snapshot.textSha256, archivedAt: check.snapshot.archivedAt },
      target: check.snapshot && selectors?.length ? { source: snapshotUrn(item.sourceId, check.snapshot.number), selector: selectors } : null,
      path: check.href,
    },
    figureCheck: figureCheckOf(check, item.figure, quantity),
  }
}
