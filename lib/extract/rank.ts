// Ranks: ordinal positions ("ranking first worldwide", "ranked 3rd",
// "the second-largest economy") and "top 50". An ordinal alone ("the first
// time", "the third quarter") is not a rank, so a ranking word must be near.

import { isLetter, matchAfter, wordAfter, wordBefore, wordsAfter, type Phrase } from './text-cursor'

const RANK_VERBS = new Set([
  'ranked', 'ranks', 'rank', 'ranking', 'placed', 'place', 'places', 'placing', 'finished', 'finish', 'finishes', 'finishing',
  'came', 'comes', 'come', 'coming', 'rated', 'positioned', 'slipped', 'fell', 'rose', 'climbed', 'dropped', 'moved',
])

const SUPERLATIVES = new Set([
  'largest', 'biggest', 'highest', 'lowest', 'most', 'least', 'best', 'worst', 'richest', 'poorest', 'fastest', 'slowest',
  'busiest', 'strongest', 'weakest', 'greatest', 'smallest', 'longest', 'shortest', 'tallest', 'oldest', 'youngest',
  'deadliest', 'wealthiest', 'leading', 'top', 'heaviest', 'cheapest', 'costliest', 'safest', 'hottest', 'warmest', 'coldest',
  'wettest', 'driest', 'largest-ever', 'place', 'placed', 'ranked', 'seeded', 'seed',
])

const PLACE_PHRASES: Phrase[] = [
  'in the world', 'in the country', 'in europe', 'in asia', 'in africa', 'worldwide', 'globally', 'overall', 'place',
  'position', 'spot', 'internationally', 'nationally', 'in the league', 'in the rankings', 'in the ranking',
].map((form) => ({ words: form.split(' ') }))

export interface RankContext {
  start: number // where the rank's quote starts (before "top", else the number)
  end: number // where it ends (after "worldwide", "-largest"…)
}

// An ordinal at [start, end) used as a rank, with the words that make it one.
export function ordinalRank(text: string, start: number, end: number): RankContext | undefined {
  // "second-largest", "3rd-placed"
  if (text.charCodeAt(end) === 0x2d) {
    const compound = wordAfter(text, end + 1, false)
    const head = compound?.lower.split('-')[0]
    if (compound && head && SUPERLATIVES.has(head)) return { start, end: end + 1 + head.length }
  }
  const after = wordsAfter(text, end, 3)
  if (after[0] && SUPERLATIVES.has(after[0].lower)) return { start, end: after[0].end }
  const place = matchAfter(after, PLACE_PHRASES)
  const before = wordBefore(text, start)
  const hasVerb = before !== undefined && (RANK_VERBS.has(before.lower) || before.lower === 'no' || before.lower === 'number')
  if (place && (hasVerb || place.entry.words[0] !== 'overall')) return { start, end: place.end }
  if (hasVerb) return { start, end }
  return undefined
}

// "top 50", "Top-10", "a top-five finish": returns the start of "top".
export function topBefore(text: string, start: number): number | undefined {
  let cursor = start
  if (text.charCodeAt(start - 1) === 0x2d && isLetter(text.charCodeAt(start - 2))) cursor = start - 1
  const word = wordBefore(text, cursor, cursor === start)
  return word?.lower === 'top' ? word.start : undefined
}
