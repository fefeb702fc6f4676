// The fuzzy step, with the anchoring engine: pairs of adjacent words from the
// snapshot's index point at the few regions where the quote may be; lib/anchor's
// fuzzyMatches verifies each region by edit distance and scoreCandidate scores the
// span. Acceptance is stricter than re-anchoring's, because a source quote has no
// surrounding context to vouch for it: the characters must agree closely, and no
// figure, negation or word may differ (verify-match.ts).
import { fuzzyMatches } from '@/lib/anchor/find-candidates'
import { scoreCandidate } from '@/lib/anchor/score-candidate'
import { sourceSpan } from './normalize-text'
import { wordsOf, type QuoteIndex } from './quote-index'
import { hasSameFigures, negationCount, replacedWords } from './verify-match'

// Share of the quote's characters that may differ: OCR slips, a dropped comma.
const MAX_ERROR_RATE = 0.2
export const MIN_FUZZY_SIMILARITY = 1 - MAX_ERROR_RATE
// Shorter quotes are too easily near something else to be matched approximately.
const MIN_FUZZY_LENGTH = 20
const MIN_FUZZY_WORDS = 4
// A word pair occurring more often than this says nothing about where the quote is.
const MAX_PAIR_HITS = 3_000
const BUCKET = 64
const MAX_REGIONS = 6

export type FuzzyVerdict = 'found' | 'figure-differs' | 'negation-differs' | 'words-differ'

export interface FuzzyMatch {
  from: number // normalized offsets
  to: number
  start: number // canonical offsets
  end: number
  similarity: number
  verdict: FuzzyVerdict
  count: number // accepted, non-overlapping matches
}

function candidateRegions(index: QuoteIndex, normalizedQuote: string): number[] {
  const words = wordsOf(normalizedQuote)
  const votes = new Map<number, Set<number>>()
  let pairs = 0
  for (let i = 1; i < words.length; i++) {
    const hits = index.wordPairs.get(`${words[i - 1]!.word} ${words[i]!.word}`)
    pairs++
    if (!hits || hits.length > MAX_PAIR_HITS) continue
    for (const hit of hits) {
      const bucket = Math.floor((hit - words[i - 1]!.at) / BUCKET)
      const voters = votes.get(bucket) ?? new Set<number>()
      voters.add(i)
      votes.set(bucket, voters)
    }
  }
  const needed = Math.max(1, Math.ceil(pairs * 0.2))
  return [...votes.entries()]
    .filter(([, voters]) => voters.size >= needed)
    .sort((a, b) => b[1].size - a[1].size || a[0] - b[0])
    .slice(0, MAX_REGIONS)
    .map(([bucket]) => bucket * BUCKET)
}

function verdictOf(index: QuoteIndex, quote: string, normalizedQuote: string, start: number, end: number, from: number, to: number): FuzzyVerdict {
  const located = index.normalized.text.slice(from, to)
  if (negationCount(located) !== negationCount(normalizedQuote)) return 'negation-differs'
  if (replacedWords(normalizedQuote, located).length > 0) return 'words-differ'
  return hasSameFigures(quote, index.text.slice(start, end)) ? 'found' : 'figure-differs'
}

const VERDICT_RANK: Record<FuzzyVerdict, number> = { found: 0, 'figure-differs': 1, 'negation-differs': 2, 'words-differ': 3 }

export function fuzzyLocate(index: QuoteIndex, quote: string, normalizedQuote: string): FuzzyMatch | null {
  const m = normalizedQuote.length
  if (m < MIN_FUZZY_LENGTH || wordsOf(normalizedQuote).length < MIN_FUZZY_WORDS) return null
  const maxErrors = Math.floor(m * MAX_ERROR_RATE)
  const text = index.normalized.text
  const anchor = { id: 'quote', start: 0, end: m, exact: normalizedQuote, prefix: '', suffix: '' }
  const spans = candidateRegions(index, normalizedQuote).flatMap((at) =>
    fuzzyMatches(text, normalizedQuote, maxErrors, { from: Math.max(0, at - BUCKET - maxErrors), to: Math.min(text.length, at + 2 * BUCKET + m + maxErrors) }),
  )
  // the regions overlap and each proposes its best span: the closest of overlapping spans wins
  spans.sort((a, b) => a.errors - b.errors || a.start - b.start)
  const matches: FuzzyMatch[] = []
  for (const span of spans) {
    if (matches.some((other) => span.start < other.to && other.from < span.end)) continue
    const scored = scoreCandidate(text, anchor, span, span.start, '')
    if (scored.quote < MIN_FUZZY_SIMILARITY) continue
    const { start, end } = sourceSpan(index.normalized, span.start, span.end)
    const verdict = verdictOf(index, quote, normalizedQuote, start, end, span.start, span.end)
    matches.push({ from: span.start, to: span.end, start, end, similarity: scored.quote, verdict, count: 0 })
  }
  matches.sort((a, b) => VERDICT_RANK[a.verdict] - VERDICT_RANK[b.verdict] || b.similarity - a.similarity || a.from - b.from)
  const [best] = matches
  if (!best) return null
  return { ...best, count: matches.filter((match) => match.verdict === best.verdict).length }
}
