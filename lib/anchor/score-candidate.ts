// How well a span of the new text matches an anchor: its quote, its context on
// both sides, its distance from where the old position should have gone, and
// whether its quantities (value and unit) are still those of the old quote.
import { extractQuantities } from '@/lib/extract'
import { editDistance, similarity } from './edit-distance'

export interface AnchorInput {
  id: string
  start: number
  end: number
  exact: string
  prefix: string
  suffix: string
}

export interface ScoredCandidate {
  start: number
  end: number
  quote: number // 0–1 similarity of the span to the old quote
  words: number // 0–1 share of the old quote's words the span keeps (Dice, any order)
  prefix: number
  suffix: number
  position: number // 1 at the expected offset, falling to 0 at POSITION_SCALE away
  hasSameNumbers: boolean
  hasSameQuantityCount: boolean // figures replaced, not removed or added
  score: number
}

// Fewer words than this in the old quote, and word similarity says nothing.
const MIN_WORDS_COMPARED = 6

// Characters away from the expected offset at which position stops counting.
const POSITION_SCALE = 5_000

// Extraction is the costliest step of scoring, and the same quotes recur.
const quantityKeys = new Map<string, string>()
const MAX_CACHED_KEYS = 10_000

// "15.3 USD" style keys, sorted, so two texts compare by what they quantify.
export function quantityKey(text: string): string {
  let key = quantityKeys.get(text)
  if (key === undefined) {
    if (quantityKeys.size >= MAX_CACHED_KEYS) quantityKeys.clear()
    key = extractKey(text)
    quantityKeys.set(text, key)
  }
  return key
}

// The extracted quantities, then every run of digits: a quote out of its sentence
// may not parse as a quantity ("84.1 years"), yet any changed digit is a changed figure.
function extractKey(text: string): string {
  const quantities = extractQuantities(text)
    .map((quantity) => `${quantity.value}${quantity.valueMax ? `-${quantity.valueMax}` : ''} ${quantity.unit}`)
    .sort()
    .join('|')
  return `${quantities}#${(text.match(/\d+/g) ?? []).join(',')}`
}

// How many figures a key holds: extracted quantities, else digit runs.
export function figureCount(key: string): number {
  const [quantities = '', digits = ''] = key.split('#')
  return quantities !== '' ? quantities.split('|').length : digits === '' ? 0 : digits.split(',').length
}

export function scoreCandidate(
  newText: string,
  anchor: AnchorInput,
  span: { start: number; end: number; errors?: number },
  expected: number,
  oldQuantities: string,
): ScoredCandidate {
  const actual = newText.slice(span.start, span.end)
  const errors = span.errors ?? (actual === anchor.exact ? 0 : editDistance(anchor.exact, actual))
  const quote = Math.max(0, 1 - errors / Math.max(1, anchor.exact.length))
  const prefix = similarity(anchor.prefix, newText.slice(Math.max(0, span.start - anchor.prefix.length), span.start))
  const suffix = similarity(anchor.suffix, newText.slice(span.end, span.end + anchor.suffix.length))
  const position = Math.max(0, 1 - Math.abs(span.start - expected) / POSITION_SCALE)
  const actualQuantities = actual === anchor.exact ? oldQuantities : quantityKey(actual)
  const hasSameNumbers = actualQuantities === oldQuantities
  const hasSameQuantityCount = figureCount(actualQuantities) === figureCount(oldQuantities)
  const words = quote === 1 ? 1 : wordSimilarity(anchor.exact, actual)
  const score = 0.5 * quote + 0.2 * prefix + 0.2 * suffix + 0.1 * position
  return { start: span.start, end: span.end, quote, words, prefix, suffix, position, hasSameNumbers, hasSameQuantityCount, score }
}

// Word-level Dice similarity: a sentence reworded in places keeps most of its words
// though its characters shift, which character edit distance scores too harshly.
export function wordSimilarity(a: string, b: string): number {
  const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}.%$€£]+/gu) ?? []
  const left = wordsOf(a)
  const right = wordsOf(b)
  // a short quote ("4.2 points" → "4.2") keeps half its words by losing its meaning
  if (left.length < MIN_WORDS_COMPARED) return 0
  const counts = new Map<string, number>()
  for (const word of left) counts.set(word, (counts.get(word) ?? 0) + 1)
  let common = 0
  for (const word of right) {
    const count = counts.get(word) ?? 0
    if (count === 0) continue
    common++
    counts.set(word, count - 1)
  }
  return (2 * common) / (left.length + right.length)
}
