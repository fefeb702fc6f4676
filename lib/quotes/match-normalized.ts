// The two cheap steps: the quote as typed, then the quote normalized (see
// normalize-text.ts), including a quote with an omission ("…", "...", "[…]") whose
// parts must each occur, in order, close after the one before.
import { negationCount } from './verify-match'
import type { QuoteIndex } from './quote-index'

// How many occurrences are counted before the count says "at least".
export const MAX_COUNTED = 1_000
// Normalized characters allowed between two parts of a quote with an omission.
const MAX_OMISSION_GAP = 1_500

const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char)

// A match must not start or end inside a word or a number: "sustainable growth" is not
// in "unsustainable growth", nor "5.3 billion" in "15.3 billion".
function isOnBoundaries(text: string, from: number, to: number): boolean {
  if (isWordChar(text[from]) && isWordChar(text[from - 1])) return false
  return !(isWordChar(text[to - 1]) && isWordChar(text[to]))
}

export function occurrences(text: string, needle: string, from = 0, to = text.length, limit = MAX_COUNTED): number[] {
  const found: number[] = []
  if (needle.length === 0) return found
  for (let at = text.indexOf(needle, from); at !== -1 && at + needle.length <= to && found.length < limit; at = text.indexOf(needle, at + 1)) {
    if (isOnBoundaries(text, at, at + needle.length)) found.push(at)
  }
  return found
}

const OMISSION = /\s*(?:\[\s*)?\.{3,}(?:\s*\])?\s*/u

// The normalized quote without the quote marks a reviewer may paste around it.
export function trimQuoteMarks(normalizedQuote: string): string {
  return normalizedQuote.replace(/^["'\s]+|["'\s]+$/gu, '')
}

export function omissionParts(normalizedQuote: string): string[] {
  return normalizedQuote
    .split(OMISSION)
    .map((part) => trimQuoteMarks(part))
    .filter((part) => /[\p{L}\p{N}]/u.test(part))
}

export interface NormalizedMatch {
  from: number // normalized offsets
  to: number
  count: number
}

export function matchNormalized(index: QuoteIndex, normalizedQuote: string): NormalizedMatch | null {
  const hits = occurrences(index.normalized.text, normalizedQuote)
  return hits.length === 0 ? null : { from: hits[0]!, to: hits[0]! + normalizedQuote.length, count: hits.length }
}

// Each occurrence of the first part is tried; the rest follow greedily, in order. An
// omission that hides a negation ("will … succeed" over "will not succeed") is refused.
export function matchOmission(index: QuoteIndex, parts: readonly string[]): NormalizedMatch | null {
  const text = index.normalized.text
  const quoteNegations = parts.reduce((sum, part) => sum + negationCount(part), 0)
  const matches: { from: number; to: number }[] = []
  for (const first of occurrences(text, parts[0]!)) {
    let end = first + parts[0]!.length
    let isComplete = true
    for (const part of parts.slice(1)) {
      const [next] = occurrences(text, part, end, end + MAX_OMISSION_GAP + part.length, 1)
      if (next === undefined) {
        isComplete = false
        break
      }
      end = next + part.length
    }
    if (!isComplete || negationCount(text.slice(first, end)) !== quoteNegations) continue
    if (matches.length === 0 || first >= matches[matches.length - 1]!.to) matches.push({ from: first, to: end })
  }
  return matches.length === 0 ? null : { ...matches[0]!, count: matches.length }
}
