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
