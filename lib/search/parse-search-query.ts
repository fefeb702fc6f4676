// What a fact-checker types into the search box, split into what Postgres needs:
// the words (for websearch_to_tsquery: words, "exact phrase", -exclude, OR), plain
// words for typo-tolerant name matching (pg_trgm), and the figures, matched against
// claims' normalized quantities so that "110 billion", "$110bn" and
// "110,000,000,000 dollars" find the same claim. Pure: no I/O.
import { extractQuantities, roundingBounds } from '@/lib/extract'

export interface SearchFigure {
  text: string // as typed: "$110bn"
  // The values it stands for, within the rounding of what was typed: "$110bn" is
  // 109.5–110.5 billion; "110,000,000,000 dollars" is that number exactly.
  low: string
  high: string
  // ISO 4217 code, percent, a unit symbol… or null when a bare count was typed
  // ("110 billion"), which matches a figure in any unit.
  unit: string | null
}

export interface ParsedSearchQuery {
  // The whole query, for everything but claims (a comment's "110 billion" is words).
  text: string
  // The query without its figures, for claims (their figures match as quantities).
  textWithoutFigures: string
  figures: SearchFigure[]
  // Set when the query is plain words (no quotes, exclusions or OR): the words for
  // trigram matching of names and titles, which tolerates typos and partial words.
  fuzzyText: string | null
}

const OPERATORS = /["]|(^|\s)-\S|(^|\s)OR(\s|$)/

export function parseSearchQuery(query: string): ParsedSearchQuery {
  const text = query.replace(/\s+/g, ' ').trim()
  const phrases = quotedRanges(text)
  const figures: SearchFigure[] = []
  let textWithoutFigures = ''
  let cursor = 0
  for (const quantity of extractQuantities(text)) {
    // A figure inside an "exact phrase" stays part of the phrase.
    if (phrases.some(([start, end]) => quantity.start >= start && quantity.end <= end)) continue
    const bounds = roundingBounds(quantity.text, quantity.value)
    if (!bounds) continue
    figures.push({ text: quantity.text, ...bounds, unit: quantity.unit === 'count' ? null : quantity.unit })
    textWithoutFigures += text.slice(cursor, quantity.start)
    cursor = quantity.end
  }
  textWithoutFigures = (textWithoutFigures + text.slice(cursor)).replace(/\s+/g, ' ').trim()
  const plain = text.replace(/[^\p{L}\p{N}\s.'’-]/gu, ' ').replace(/\s+/g, ' ').trim()
  return { text, textWithoutFigures, figures, fuzzyText: !OPERATORS.test(text) && plain.length >= 3 ? plain : null }
}

function quotedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = []
  for (const match of text.matchAll(/"[^"]*"?/g)) ranges.push([match.index, match.index + match[0].length])
  return ranges
}
