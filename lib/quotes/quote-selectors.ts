// W3C Web Annotation selectors for a located quote, in the shape of the project's
// W3C export (lib/interchange/w3c-annotations.ts): a TextQuoteSelector and a
// TextPositionSelector against the snapshot's canonical text, and for a PDF a
// FragmentSelector naming the page as RFC 3778 defines it ("page=12", 1-based).
// https://www.w3.org/TR/annotation-model/#fragment-selector
import { textPositionSelector, textQuoteSelector, type TextPositionSelector, type TextQuoteSelector } from '@/lib/anchor/selectors'

export const PDF_FRAGMENT_SPEC = 'http://tools.ietf.org/rfc/rfc3778'

export interface PdfPageSelector {
  type: 'FragmentSelector'
  conformsTo: typeof PDF_FRAGMENT_SPEC
  value: string
}

export type QuoteSelector = TextQuoteSelector | TextPositionSelector | PdfPageSelector

export function quoteSelectors(text: string, start: number, end: number, page: number | null): QuoteSelector[] {
  const selectors: QuoteSelector[] = [textQuoteSelector(text, start, end), textPositionSelector(start, end)]
  if (page !== null) selectors.push({ type: 'FragmentSelector', conformsTo: PDF_FRAGMENT_SPEC, value: `page=${page}` })
  return selectors
}

// An annotation target for the located quote; `source` is the snapshot's URL or urn.
export function quoteTarget(source: string, selectors: QuoteSelector[]): { source: string; selector: QuoteSelector[] } {
  return { source, selector: selectors }
}
