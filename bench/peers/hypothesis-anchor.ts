// The re-anchoring of the most used open-source web annotator (Hypothesis,
// match-quote.js): position first, then the quote by exact search, then
// approx-string-match with min(256, length/2) errors; every candidate scored
// 50·quote + 20·prefix + 20·suffix + 2·position and the best one taken, with no
// minimum score. Reproduced here so bench:anchor measures both on the same data.
import search from 'approx-string-match'
import type { AnchorInput } from '@/lib/anchor/reanchor'

export interface PeerResult {
  id: string
  start?: number
  end?: number
}

function textMatchScore(text: string, expected: string): number {
  if (expected.length === 0 || text.length === 0) return 0
  const [match] = search(text, expected, expected.length)
  return match ? 1 - match.errors / expected.length : 0
}

function scoreMatch(text: string, anchor: AnchorInput, match: { start: number; end: number; errors: number }): number {
  const quoteScore = 1 - match.errors / anchor.exact.length
  const prefixScore = anchor.prefix ? textMatchScore(text.slice(Math.max(0, match.start - anchor.prefix.length), match.start), anchor.prefix) : 1
  const suffixScore = anchor.suffix ? textMatchScore(text.slice(match.end, match.end + anchor.suffix.length), anchor.suffix) : 1
  const positionScore = 1 - Math.abs(match.start - anchor.start) / text.length
  return (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * positionScore) / 92
}

function exactMatches(text: string, quote: string): { start: number; end: number; errors: number }[] {
  const matches = []
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) matches.push({ start: at, end: at + quote.length, errors: 0 })
  return matches
}

export function peerReanchor(text: string, anchor: AnchorInput): PeerResult {
  if (text.slice(anchor.start, anchor.end) === anchor.exact) return { id: anchor.id, start: anchor.start, end: anchor.end }
  let matches = exactMatches(text, anchor.exact)
  if (matches.length === 0) matches = search(text, anchor.exact, Math.min(256, Math.floor(anchor.exact.length / 2)))
  let best: { start: number; end: number; score: number } | null = null
  for (const match of matches) {
    const score = scoreMatch(text, anchor, match)
    if (!best || score > best.score) best = { start: match.start, end: match.end, score }
  }
  return best ? { id: anchor.id, start: best.start, end: best.end } : { id: anchor.id }
}
