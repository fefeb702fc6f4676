// W3C Web Annotation selectors for a span of a revision's canonical text.
// https://www.w3.org/TR/annotation-model/#text-quote-selector

// Enough context to tell repeated quotes apart, as other annotators use.
export const QUOTE_CONTEXT_LENGTH = 32

export interface TextQuoteSelector {
  type: 'TextQuoteSelector'
  exact: string
  prefix: string
  suffix: string
}

export interface TextPositionSelector {
  type: 'TextPositionSelector'
  start: number
  end: number
}

export function textQuoteSelector(text: string, start: number, end: number, context = QUOTE_CONTEXT_LENGTH): TextQuoteSelector {
  return {
    type: 'TextQuoteSelector',
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - context), start),
    suffix: text.slice(end, end + context),
  }
}

export function textPositionSelector(start: number, end: number): TextPositionSelector {
  return { type: 'TextPositionSelector', start, end }
}

// A selection without the spaces and line ends at its edges: a drag that starts at the
// end of the line before still selects only the words.
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  const words = text.slice(start, end)
  const leading = words.length - words.trimStart().length
  const trailing = words.length - words.trimEnd().length
  return leading === words.length ? { start, end } : { start: start + leading, end: end - trailing }
}
