// Numbers written as words: "five", "twenty-one", "three hundred and fifty",
// "a dozen", "first". Scale words (thousand, million…) are left to the caller,
// which treats "five million" and "5 million" alike.

import { isLetter, wordAfter } from './text-cursor'

const CARDINALS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
}

export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
  sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
}

// Multipliers of the scale words, as powers of ten (short scale: billion = 10^9).
export const SCALE_WORDS: Record<string, number> = {
  thousand: 3, million: 6, billion: 9, trillion: 12,
}

export interface WordNumber {
  start: number
  end: number
  value: string // integer, decimal digits
  isOrdinal: boolean
}

interface Part {
  start: number
  end: number
  lower: string
}

// The word at `pos` split at hyphens ("twenty-one" → twenty, one).
function partsAt(text: string, pos: number): Part[] {
  const word = wordAfter(text, pos)
  if (!word) return []
  const parts: Part[] = []
  let start = word.start
  for (let i = word.start; i <= word.end; i++) {
    if (i === word.end || !isLetter(text.charCodeAt(i))) {
      if (i > start) parts.push({ start, end: i, lower: word.lower.slice(start - word.start, i - word.start) })
      start = i + 1
    }
    if (i < word.end && text.charCodeAt(i) !== 0x2d && !isLetter(text.charCodeAt(i))) break // an apostrophe ends it
  }
  return parts
}

interface State {
  current: number // below 1000, so a JavaScript number is exact
  last: 'none' | 'unit' | 'tens' | 'hundred' | 'dozen'
  end: number
  isOrdinal: boolean
}

// Applies one word; returns false when the word does not continue the number.
function step(state: State, lower: string): boolean {
  const cardinal = CARDINALS[lower]
  if (cardinal !== undefined) {
    if (cardinal >= 20) {
      if (state.last === 'unit' || state.last === 'tens' || state.last === 'dozen') return false
      state.current += cardinal
      state.last = 'tens'
      return true
    }
    if (state.last === 'unit' || state.last === 'dozen' || (state.last === 'tens' && cardinal >= 10)) return false
    state.current += cardinal
    state.last = 'unit'
    return true
  }
  if (lower === 'hundred') {
    if (state.last === 'hundred' || state.last === 'dozen' || state.current >= 10) return false
    state.current = (state.last === 'none' ? 1 : state.current) * 100
    state.last = 'hundred'
    return true
  }
  if (lower === 'dozen') {
    if (state.last === 'hundred' || state.last === 'dozen' || state.current >= 10) return false
    state.current = (state.last === 'none' ? 1 : state.current) * 12
    state.last = 'dozen'
    return true
  }
  const ordinal = ORDINALS[lower]
  if (ordinal !== undefined && state.last !== 'unit' && state.last !== 'dozen' && !(state.last === 'tens' && ordinal >= 10)) {
    state.current += ordinal
    state.isOrdinal = true
    return true
  }
  return false
}

// Parses a number in words starting at `pos` (the first word). "a"/"an" before
// "hundred" or "dozen" is the caller's business: it passes `impliedOne`.
export function parseNumberWords(text: string, pos: number, impliedOne = false): WordNumber | undefined {
  const state: State = { current: 0, last: impliedOne ? 'unit' : 'none', end: pos, isOrdinal: false }
  if (impliedOne) state.current = 1
  let cursor = pos
  let hasWord = false
  for (let guard = 0; guard < 8 && !state.isOrdinal; guard++) {
    const parts = partsAt(text, cursor)
    if (parts.length === 0) break
    let isDone = false
    for (const part of parts) {
      if (state.isOrdinal || !step(state, part.lower)) {
        isDone = true
        break
      }
      hasWord = true
      state.end = part.end
    }
    if (isDone) break
    cursor = state.end
    // "three hundred and fifty": "and" continues only after hundred.
    const next = wordAfter(text, cursor)
    if (next?.lower === 'and' && state.last === 'hundred') {
      const after = wordAfter(text, next.end)
      if (after && CARDINALS[after.lower.split('-')[0]!] !== undefined) cursor = next.end
    }
  }
  if (!hasWord) return undefined
  return { start: pos, end: state.end, value: String(state.current), isOrdinal: state.isOrdinal }
}
