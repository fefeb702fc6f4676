// A quote's location in words, the same in the claim panel and in every report format:
// "Quote found on page 12", "Quote found (paragraph 4)", "Quote not found in the source
// as archived on 1 Nov 2026". Pure.
import { formatDate } from '@/lib/text/format'

// found, figure-differs, not-found: located in a snapshot. pending: the source's
// snapshot is still being fetched. unarchived: its last snapshot failed (or it has
// none). unchecked: a snapshot is ready but this quote was not looked for in it yet.
export type QuoteCheckState = 'found' | 'figure-differs' | 'not-found' | 'pending' | 'unarchived' | 'unchecked'

export interface QuotePlace {
  page?: number | null
  endPage?: number | null
  blockIndex?: number
}

// "on page 12", "on pages 12–13", "(paragraph 4)"; null when nothing was located.
export function placeText(place: QuotePlace): string | null {
  if (place.page != null) return place.endPage != null && place.endPage !== place.page ? `on pages ${place.page}–${place.endPage}` : `on page ${place.page}`
  return place.blockIndex !== undefined ? `(paragraph ${place.blockIndex + 1})` : null
}

// "p. 12", "pp. 12–13", "para. 4": the report's compact form.
export function shortPlace(place: QuotePlace): string | null {
  if (place.page != null) return place.endPage != null && place.endPage !== place.page ? `pp. ${place.page}–${place.endPage}` : `p. ${place.page}`
  return place.blockIndex !== undefined ? `para. ${place.blockIndex + 1}` : null
}

export function quoteCheckLabel(state: QuoteCheckState, place: QuotePlace, archivedAt: string | null): string {
  const where = placeText(place)
  const archived = archivedAt ? ` as archived on ${formatDate(archivedAt)}` : ''
  switch (state) {
    case 'found':
      return where ? `Quote found ${where}` : 'Quote found'
    case 'figure-differs':
      return `Quote found${where ? ` ${where}` : ''}, but with a different figure in the source${archived}`
    case 'not-found':
      return `Quote not found in the source${archived}`
    case 'pending':
      return 'Source not archived yet'
    case 'unarchived':
      return 'Source could not be archived: the quote is not checked'
    case 'unchecked':
      return 'Quote not checked against the archived source yet'
  }
}

// Shown as a warning to the reviewer and flagged in reports.
export const isFlaggedState = (state: QuoteCheckState) => state === 'not-found' || state === 'figure-differs'
