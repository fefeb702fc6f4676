// Small readings of a number's surroundings that decide whether it is a
// quantity at all: list markers, scorelines, shares, signs, the pronoun "one".

import { isDigit, isLetter, skipSpacesBackward, wordAfter, wordBefore } from './text-cursor'

// End of an identifier-like run ("G20", "3.5.1", "24/7"), to skip it whole.
export function runEnd(text: string, pos: number): number {
  let end = pos
  while (end < text.length) {
    const code = text.charCodeAt(end)
    if (isDigit(code) || isLetter(code)) end++
    else if ((code === 0x2e || code === 0x2f || code === 0x3a || code === 0x2d) && isDigit(text.charCodeAt(end + 1))) end++
    else break
  }
  return end
}

// "−89.2 °C", "-3%": a minus sign right before the number (or its currency).
export function minusBefore(text: string, pos: number): number | undefined {
  const code = text.charCodeAt(pos - 1)
  if (code !== 0x2212 && code !== 0x2d) return signWordBefore(text, pos)
  const before = text.charCodeAt(pos - 2)
  return pos < 2 || !(isLetter(before) || isDigit(before) || before === 0x2d) ? pos - 1 : undefined
}

// "minus five percent", "negative 0.3%": a sign written out. Never after a number,
// where "minus" is a subtraction ("10 minus 4") and the figure after it is not negative.
function signWordBefore(text: string, pos: number): number | undefined {
  const word = wordBefore(text, pos)
  if (word?.lower !== 'minus' && word?.lower !== 'negative') return undefined
  const before = skipSpacesBackward(text, word.start)
  if (before > 0 && (isDigit(text.charCodeAt(before - 1)) || text.charCodeAt(before - 1) === 0x25)) return undefined
  const previous = wordBefore(text, word.start)
  if (previous && /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|percent|cent)$/.test(previous.lower)) return undefined
  return word.start
}

const NUMBER_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)$/

// "twenty minus seven leaves thirteen": a number word in a sum, whose next word ("leaves")
// is a verb, not a counted noun. (Digits keep their value: "10 minus 4" has a 4 in it.)
export function isArithmetic(text: string, pos: number): boolean {
  const word = wordBefore(text, pos)
  if (word?.lower !== 'minus' && word?.lower !== 'plus') return false
  const end = skipSpacesBackward(text, word.start)
  if (isDigit(text.charCodeAt(end - 1))) return true
  const previous = wordBefore(text, word.start)
  return previous !== undefined && NUMBER_WORD.test(previous.lower)
}

// "1. First item", "2) Second item": a list marker at the start of a line.
export function isListMarker(text: string, pos: number, end: number): boolean {
  const mark = text.charCodeAt(end)
  if ((mark !== 0x2e && mark !== 0x29) || !/\s/.test(text[end + 1] ?? '\n') || end - pos > 3) return false
  let i = pos - 1
  while (i >= 0 && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09 || text.charCodeAt(i) === 0x28)) i--
  return i < 0 || text.charCodeAt(i) === 0x0a
}

// "won 3-1": a scoreline, two small numbers joined by a hyphen, the second not above the first.
export function isScoreline(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 0x2d || !isDigit(text.charCodeAt(end + 1))) return false
  let start = end
  while (start > 0 && isDigit(text.charCodeAt(start - 1))) start--
  let secondEnd = end + 1
  while (isDigit(text.charCodeAt(secondEnd))) secondEnd++
  if (end - start > 2 || secondEnd - end - 1 > 2 || isLetter(text.charCodeAt(secondEnd)) || text.charCodeAt(secondEnd) === 0x25) return false
  return Number(text.slice(end + 1, secondEnd)) <= Number(text.slice(start, end))
}

const DENOMINATOR = /^\s+(?:(?!(?:1\d|2[01])\d\d\b)\d+|one|two|three|four|five|six|seven|eight|nine|ten|a hundred|a thousand)\b/i
const NUMERATOR = /(?:^|\s)(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+$/i

// "one in four adults", "9 out of 10 dentists": a share, neither number is a count.
export function isShare(text: string, start: number, end: number): boolean {
  let after = wordAfter(text, end)
  if (after?.lower === 'out') after = wordAfter(text, after.end)?.lower === 'of' ? wordAfter(text, after.end) : undefined
  if ((after?.lower === 'in' || after?.lower === 'of') && DENOMINATOR.test(text.slice(after.end, after.end + 14))) {
    return after.lower === 'in' || text.slice(end, after.start).toLowerCase().includes('out')
  }
  let before = wordBefore(text, start)
  if (before?.lower === 'of' && wordBefore(text, before.start)?.lower === 'out') before = wordBefore(text, before.start)
  if (before?.lower !== 'in' && before?.lower !== 'out') return false
  return NUMERATOR.test(text.slice(Math.max(0, before.start - 8), before.start))
}

const NOT_COUNTED_AFTER_ONE = new Set([
  'third', 'quarter', 'half', 'fifth', 'tenth',
  'of', 'another', 'day', 'time', 'way', 'hand', 'side', 'thing', 'and', 'or', 'in', 'out', 'that', 'which', 'who', 'is', 'was',
  'has', 'can', 'could', 'would', 'will', 'should', 'might', 'may', 'must', 'to', 'for', 'at', 'by', 'on',
])

// "one" is mostly a pronoun ("one of the", "no one", "one day"): a count only
// before a noun, or after "only"/"just" ("compared with only one in the vaccine group").
export function isCountedOne(text: string, start: number, end: number): boolean {
  const next = wordAfter(text, end)
  if (next && (next.lower === 'in' || next.lower === 'out') && /^\s+(?:of\s+)?(?:\d|two|three|four|five|six|seven|eight|nine|ten)/i.test(text.slice(next.end, next.end + 12))) {
    return false // "one in four adults" is a share
  }
  const before = wordBefore(text, start)?.lower
  if (before === 'only' || before === 'just' || before === 'exactly') return true
  if (before && ['no', 'any', 'every', 'each', 'the', 'this', 'that', 'which', 'such', 'last', 'another'].includes(before)) return false
  if (!next || next.start === end) return false
  return !NOT_COUNTED_AFTER_ONE.has(next.lower)
}
