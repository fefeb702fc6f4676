// What the claim panel and reports say about an evidence quote: where it was found in
// the source as archived (or that it was not, or that the source is not archived yet),
// with a link to that place in the source reader, and the figure check read from the
// located words when there are any, else from the figure the reviewer typed. Pure.
import { isFlaggedState, quoteCheckLabel, type QuoteCheckState } from '@/lib/quotes/describe-location'
import { figureFromLocatedQuote } from '@/lib/quotes/figure-from-quote'
import { quoteReaderPath, type StoredQuoteLocation } from '@/lib/quotes/stored-location'
import type { QuoteMethod } from '@/lib/quotes/locate-quote'
import { compareFigure, type ClaimFigure, type FigureComparison } from './compare-figure'

export interface QuoteSnapshotMeta {
  id: string
  number: number
  sha256: string | null
  textSha256: string | null
  archivedAt: string // ISO: when the page was fetched, or the file uploaded
}

export type SnapshotStatus = 'PENDING' | 'RUNNING' | 'DONE' | 'FAILED'

export interface QuoteCheck {
  state: QuoteCheckState
  label: string // "Quote found on page 12"
  isFlagged: boolean // not found, or found with another figure: a warning
  snapshot: QuoteSnapshotMeta | null
  method: QuoteMethod | null
  page: number | null
  endPage: number | null
  paragraph: number | null // 1-based block of the snapshot
  start: number | null // offsets into the snapshot's text
  end: number | null
  exact: string | null // the source's own words there
  occurrences: number | null
  href: string | null // the source reader at the quote
}

export interface QuoteCheckInput {
  workspaceId: string
  sourceId: string
  location: StoredQuoteLocation | null
  snapshot: QuoteSnapshotMeta | null // the snapshot the location was computed against
  latestStatus: SnapshotStatus | null // the source's newest snapshot, for the not-located states
}

export function quoteCheckOf({ workspaceId, sourceId, location, snapshot, latestStatus }: QuoteCheckInput): QuoteCheck {
  const isLocated = location !== null && snapshot !== null && location.snapshotId === snapshot.id
  const state: QuoteCheckState = isLocated ? location.status : unlocatedState(latestStatus)
  const place = isLocated ? location : {}
  const hasSpan = isLocated && location.start !== undefined && location.end !== undefined
  const exact = isLocated ? (location.selectors?.find((selector) => selector.type === 'TextQuoteSelector')?.exact ?? null) : null
  return {
    state,
    label: quoteCheckLabel(state, place, snapshot?.archivedAt ?? null),
    isFlagged: isFlaggedState(state),
    snapshot: isLocated ? snapshot : null,
    method: isLocated ? location.method : null,
    page: (isLocated && location.page) || null,
    endPage: (isLocated && location.endPage) || null,
    paragraph: hasSpan && location.blockIndex !== undefined ? location.blockIndex + 1 : null,
    start: hasSpan ? location.start! : null,
    end: hasSpan ? location.end! : null,
    exact,
    occurrences: isLocated ? (location.occurrences ?? null) : null,
    href: isLocated ? quoteReaderPath(workspaceId, sourceId, snapshot.number, hasSpan ? location : undefined) : null,
  }
}

function unlocatedState(latest: SnapshotStatus | null): QuoteCheckState {
  if (latest === 'PENDING' || latest === 'RUNNING') return 'pending'
  return latest === 'DONE' ? 'unchecked' : 'unarchived'
}

export interface FigureCheck {
  origin: 'quote' | 'typed'
  text: string // the figure as the source (or the reviewer) writes it
  page: number | null
  paragraph: number | null
  start: number | null // offsets of the figure in the snapshot's text
  end: number | null
  summary: string // "source says 15.3 billion dollars on p. 12"
  comparison: FigureComparison | null // null without a claim figure to compare with
}

// The figure read from the located words comes first: it is the source's, not a
// retyping. Without located words that hold a figure, the typed figure is checked.
export function figureCheckOf(check: QuoteCheck, typedFigure: string | null, claim: ClaimFigure | undefined): FigureCheck | null {
  if (check.exact !== null && check.start !== null) {
    const blockIndex = check.paragraph !== null ? check.paragraph - 1 : undefined
    const located = figureFromLocatedQuote({ exact: check.exact, start: check.start, page: check.page, blockIndex }, claim ?? null, typedFigure)
    if (located) return { origin: 'quote', text: located.text, page: located.page, paragraph: located.paragraph, start: located.start, end: located.end, summary: located.summary, comparison: located.comparison }
  }
  if (!typedFigure) return null
  return { origin: 'typed', text: typedFigure, page: null, paragraph: null, start: null, end: null, summary: `figure typed by the reviewer: ${typedFigure}`, comparison: claim ? compareFigure(claim, typedFigure) : null }
}
