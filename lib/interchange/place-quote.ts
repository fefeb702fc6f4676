// Where an annotation from elsewhere belongs in a text: its TextQuoteSelector's exact
// words, told apart by their prefix and suffix, with the TextPositionSelector only a
// tie-breaker (the annotation may come from an older or different copy of the text).
// A wrong anchor is worse than none: an ambiguous or weak match is orphaned. When the
// words are not in the text at all, the re-anchoring engine looks for them as edited
// words, treating prefix + exact + suffix as the unknown older text they came from.
import { similarity } from '@/lib/anchor/edit-distance'
import { exactOccurrences } from '@/lib/anchor/find-candidates'
import { reanchor } from '@/lib/anchor/reanchor'

export interface QuoteToPlace {
  exact: string
  prefix: string
  suffix: string
  // From a TextPositionSelector, when the annotation has one.
  start?: number
}

export type Placement = { status: 'found'; start: number; end: number; isFuzzy: boolean } | { status: 'orphaned' }

// Context similarity a match needs (both sides on average), unless it is the only
// copy of a long quote.
const MIN_CONTEXT = 0.6
const LONG_QUOTE = 16
// The best copy must beat the next by this much, or it is ambiguous.
const MARGIN = 0.1
// Bounds that keep an import of thousands of annotations from holding the CPU: copies
// of one quote compared, and context characters compared on each side (other
// annotators store 32; the characters next to the quote decide).
const MAX_COPIES = 50
const CONTEXT_COMPARED = 64

// `allowEdited`: whether to look for the words as edited when they are not there word
// for word (a search of the whole text; the importer allows it a limited number of times).
export function placeQuote(text: string, quote: QuoteToPlace, { allowEdited = true } = {}): Placement {
  const { exact, start } = quote
  const prefix = quote.prefix.slice(-CONTEXT_COMPARED)
  const suffix = quote.suffix.slice(0, CONTEXT_COMPARED)
  if (!exact) return { status: 'orphaned' }
  const occurrences = exactOccurrences(text, exact, { from: 0, to: text.length }, MAX_COPIES)
  if (occurrences.length > 0) {
    const scored = occurrences
      .map((at) => {
        const before = prefix ? similarity(prefix, text.slice(Math.max(0, at - prefix.length), at)) : 1
        const after = suffix ? similarity(suffix, text.slice(at + exact.length, at + exact.length + suffix.length)) : 1
        const context = (before + after) / 2
        return { at, context, score: context + (at === start ? MARGIN / 2 : 0) }
      })
      .sort((a, b) => b.score - a.score)
    const [best, second] = scored
    if (second && best!.score - second.score < MARGIN) return { status: 'orphaned' }
    if (best!.context < MIN_CONTEXT && !(occurrences.length === 1 && exact.length >= LONG_QUOTE)) return { status: 'orphaned' }
    return { status: 'found', start: best!.at, end: best!.at + exact.length, isFuzzy: false }
  }
  // not there word for word: edited since? Only when the figures are unchanged.
  if (!allowEdited) return { status: 'orphaned' }
  const oldText = prefix + exact + suffix
  const [result] = reanchor(oldText, text, [{ id: 'quote', start: prefix.length, end: prefix.length + exact.length, exact, prefix, suffix }])
  if (!result || result.status === 'orphaned' || result.numbersChanged || result.start === undefined || result.end === undefined) return { status: 'orphaned' }
  return { status: 'found', start: result.start, end: result.end, isFuzzy: true }
}
