// Where a quote might be in the new text: its exact occurrences, regions where many
// pieces of it occur (then verified by edit distance), and spans bracketed by its
// old prefix and suffix. Candidates are only proposals; reanchor() scores them.
import { bestMatchIn, type ApproxMatch } from './edit-distance'

export interface Range {
  from: number
  to: number
}

// A piece occurring more often than this says nothing about where the quote is.
const MAX_PIECE_HITS = 400
const DIAGONAL_BUCKET = 32
const MAX_VERIFIED_REGIONS = 6
const BRACKET_PIECE_LENGTH = 10

export function exactOccurrences(text: string, quote: string, range: Range, limit = 200): number[] {
  // searching a slice keeps indexOf from scanning past the range when nothing is there
  const isWhole = range.from <= 0 && range.to >= text.length
  const haystack = isWhole ? text : text.slice(Math.max(0, range.from), range.to)
  const offset = isWhole ? 0 : Math.max(0, range.from)
  const found: number[] = []
  for (let at = haystack.indexOf(quote); at !== -1 && found.length < limit; at = haystack.indexOf(quote, at + 1)) found.push(at + offset)
  return found
}

// Filter, then verify: disjoint pieces of the quote vote for the diagonal (start
// offset) they imply; the regions with most votes are verified with a bounded DP.
export function fuzzyMatches(text: string, quote: string, maxErrors: number, range: Range): ApproxMatch[] {
  const m = quote.length
  const q = Math.max(3, Math.min(8, Math.floor(m / 4)))
  const votes = new Map<number, Set<number>>()
  let pieces = 0
  for (let offset = 0; offset + q <= m; offset += q) {
    pieces++
    const hits = exactOccurrences(text, quote.slice(offset, offset + q), range, MAX_PIECE_HITS + 1)
    if (hits.length > MAX_PIECE_HITS) continue
    for (const hit of hits) {
      const bucket = Math.floor((hit - offset) / DIAGONAL_BUCKET)
      for (const key of [bucket - 1, bucket, bucket + 1]) {
        const voters = votes.get(key) ?? new Set<number>()
        voters.add(offset)
        votes.set(key, voters)
      }
    }
  }
  const needed = Math.max(2, Math.ceil(pieces * 0.3))
  const regions = [...votes.entries()]
    .filter(([, voters]) => voters.size >= needed)
    .sort((a, b) => b[1].size - a[1].size)
    .slice(0, MAX_VERIFIED_REGIONS)
  const matches: ApproxMatch[] = []
  for (const [bucket] of regions) {
    const from = bucket * DIAGONAL_BUCKET - maxErrors
    const match = bestMatchIn(quote, text, Math.max(range.from, from), Math.min(range.to, from + DIAGONAL_BUCKET + m + 2 * maxErrors), maxErrors)
    if (match && !matches.some((other) => other.start === match.start && other.end === match.end)) matches.push(match)
  }
  return matches
}

// Spans that sit between the old prefix and the old suffix: the edited counterpart of
// a short quote whose own words changed (a number) while its surroundings did not.
export function bracketedSpans(text: string, prefix: string, suffix: string, maxLength: number, range: Range): Range[] {
  if (prefix.length < 8 || suffix.length < 8) return []
  const prefixTail = prefix.slice(-BRACKET_PIECE_LENGTH)
  const suffixHead = suffix.slice(0, BRACKET_PIECE_LENGTH)
  const spans: Range[] = []
  for (const at of exactOccurrences(text, prefixTail, range, 50)) {
    const from = at + prefixTail.length
    const end = text.indexOf(suffixHead, from + 1)
    if (end !== -1 && end - from <= maxLength) spans.push({ from, to: end })
  }
  return spans
}
