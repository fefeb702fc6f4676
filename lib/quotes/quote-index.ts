// What locating a quote needs from a snapshot, computed once: its canonical text, the
// normalized text with its offset map, and where each pair of adjacent words occurs
// (the filter that tells the fuzzy matcher which few regions to verify).
import { canonicalText, type QuoteSnapshot } from './canonical-text'
import { normalizeText, type NormalizedText } from './normalize-text'

export interface QuoteIndex {
  snapshot: QuoteSnapshot
  text: string // canonical text
  blockStarts: number[]
  normalized: NormalizedText
  // "word word" → normalized offsets where the pair starts
  wordPairs: Map<string, number[]>
}

export const WORD = /[\p{L}\p{N}]+/gu

export interface WordAt {
  word: string
  at: number
}

export function wordsOf(text: string): WordAt[] {
  return [...text.matchAll(WORD)].map((match) => ({ word: match[0], at: match.index }))
}

export function buildQuoteIndex(snapshot: QuoteSnapshot): QuoteIndex {
  const { text, blockStarts } = canonicalText(snapshot)
  const normalized = normalizeText(text)
  const wordPairs = new Map<string, number[]>()
  let previous: WordAt | null = null
  for (const match of normalized.text.matchAll(WORD)) {
    const current = { word: match[0], at: match.index }
    if (previous) {
      const key = `${previous.word} ${current.word}`
      const list = wordPairs.get(key)
      if (list) list.push(previous.at)
      else wordPairs.set(key, [previous.at])
    }
    previous = current
  }
  return { snapshot, text, blockStarts, normalized, wordPairs }
}

// Indexes recently used, by a key the caller makes from the snapshot's identity and
// content (its id and text hash): a source's quotes are located one request after
// another, and indexing a 300-page PDF's text costs a quarter to a half second, ten
// times locating a quote in it (bench:sources). Bounded by the characters indexed, as
// an index takes about 30 bytes per character of the server's heap.
export const CACHED_INDEX_CHARS = 4_000_000
const recent = new Map<string, QuoteIndex>()

export function cachedQuoteIndex(key: string, snapshot: () => QuoteSnapshot, { maxChars = CACHED_INDEX_CHARS } = {}): QuoteIndex {
  const hit = recent.get(key)
  if (hit) {
    // Map keeps insertion order: re-inserted, the index is the most recently used.
    recent.delete(key)
    recent.set(key, hit)
    return hit
  }
  const index = buildQuoteIndex(snapshot())
  recent.set(key, index)
  let characters = 0
  for (const each of recent.values()) characters += each.text.length
  for (const [oldest, each] of recent) {
    if (characters <= maxChars || oldest === key) break
    recent.delete(oldest)
    characters -= each.text.length
  }
  return index
}
