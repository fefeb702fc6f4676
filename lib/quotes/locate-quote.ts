// Finds an evidence quote in a source snapshot: the quote as typed, then normalized
// (quote marks, dashes, spaces, hyphenation, ligatures, case; omissions), then fuzzy
// with the anchoring engine. A match whose figure, negation or words differ is never
// "found": a changed figure comes back as "figure-differs", the rest as not found.
import { blockAt, type QuoteSnapshot } from './canonical-text'
import { fuzzyLocate } from './fuzzy-locate'
import { matchNormalized, matchOmission, occurrences, omissionParts, trimQuoteMarks, type NormalizedMatch } from './match-normalized'
import { normalizeText, sourceSpan } from './normalize-text'
import { buildQuoteIndex, type QuoteIndex } from './quote-index'
import { quoteSelectors, type QuoteSelector } from './quote-selectors'

export type QuoteMethod = 'exact' | 'normalized' | 'omission' | 'fuzzy'
export type QuoteStatus = 'found' | 'figure-differs' | 'not-found'
export type NotFoundReason = 'empty-quote' | 'no-match' | 'negation-differs' | 'words-differ'

export interface QuoteLocation {
  status: QuoteStatus
  isFound: boolean // status === 'found'
  method: QuoteMethod | null
  reason?: NotFoundReason
  quote: string
  // the rest is set when a span was located (found, or figure-differs)
  start?: number // canonical offsets, UTF-16, end exclusive
  end?: number
  exact?: string // the source's own text at [start, end)
  blockIndex?: number
  endBlockIndex?: number
  page?: number | null // the page of the block the quote starts in, when the snapshot has pages
  endPage?: number | null
  score?: number // 1 for exact and normalized matches, the edit similarity for fuzzy ones
  occurrences?: number // how many times the quote occurs (the first is returned)
  selectors?: QuoteSelector[]
}

export function locateQuote(snapshot: QuoteSnapshot | QuoteIndex, quote: string): QuoteLocation {
  const index = 'normalized' in snapshot ? snapshot : buildQuoteIndex(snapshot)
  const typed = quote.normalize('NFC').trim()
  if (!/[\p{L}\p{N}]/u.test(typed)) return { status: 'not-found', isFound: false, method: null, reason: 'empty-quote', quote }
  const exact = occurrences(index.text, typed)
  const normalizedQuote = trimQuoteMarks(normalizeText(typed).text)
  const normalized = matchNormalized(index, normalizedQuote)
  if (exact.length > 0) {
    const count = Math.max(exact.length, normalized?.count ?? 0)
    return located(index, quote, 'exact', exact[0]!, exact[0]! + typed.length, 1, count)
  }
  if (normalized) return fromNormalized(index, quote, 'normalized', normalized)
  const parts = omissionParts(normalizedQuote)
  if (parts.length > 1) {
    const omission = matchOmission(index, parts)
    if (omission) return fromNormalized(index, quote, 'omission', omission)
  }
  const fuzzy = fuzzyLocate(index, typed, parts.length > 1 ? parts.join(' ') : normalizedQuote)
  if (!fuzzy) return { status: 'not-found', isFound: false, method: null, reason: 'no-match', quote }
  if (fuzzy.verdict === 'negation-differs' || fuzzy.verdict === 'words-differ') {
    return { status: 'not-found', isFound: false, method: null, reason: fuzzy.verdict, quote }
  }
  const location = located(index, quote, 'fuzzy', fuzzy.start, fuzzy.end, round(fuzzy.similarity), fuzzy.count)
  return fuzzy.verdict === 'found' ? location : { ...location, status: 'figure-differs', isFound: false }
}

function fromNormalized(index: QuoteIndex, quote: string, method: QuoteMethod, match: NormalizedMatch): QuoteLocation {
  const { start, end } = sourceSpan(index.normalized, match.from, match.to)
  return located(index, quote, method, start, end, 1, match.count)
}

function located(index: QuoteIndex, quote: string, method: QuoteMethod, start: number, end: number, score: number, count: number): QuoteLocation {
  const blockIndex = blockAt(index.blockStarts, start)
  const endBlockIndex = blockAt(index.blockStarts, Math.max(start, end - 1))
  const page = index.snapshot.blocks[blockIndex]?.page ?? null
  const endPage = index.snapshot.blocks[endBlockIndex]?.page ?? null
  return {
    status: 'found',
    isFound: true,
    method,
    quote,
    start,
    end,
    exact: index.text.slice(start, end),
    blockIndex,
    endBlockIndex,
    page,
    endPage,
    score,
    occurrences: count,
    selectors: quoteSelectors(index.text, start, end, page),
  }
}

const round = (value: number) => Math.round(value * 1000) / 1000
