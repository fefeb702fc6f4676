// The scanner: one pass of a linear regular expression finds the places where a
// number may start (a digit or a number word); each is read with a few words of
// context and becomes a quantity, a time expression, or nothing.

import { buildQuantity, type ChangeMarker, type Outcome } from './build-quantity'
import { currencyBefore } from './currencies'
import { addDecimal, compareDecimal } from './decimal'
import { groupedRunEnd, isCapitalizedInside, isGluedToLetters, isHouseNumber, isInsideUrl, isLabelled, phoneNumberEnd } from './identifiers'
import { readWordCore, readDigitCore, readPart, type Part } from './read-part'
import { isDigit, isLetter, skipSpacesBackward, wordAfter, wordBefore } from './text-cursor'
import { isDayOfMonth, isDecade, isTimeOfDay, isYearValue, yearMention, type TimeMention } from './time-expressions'
import { isPluralNoun } from './counted-noun'
import { isArithmetic, isCountedOne, isListMarker, isScoreline, isShare, minusBefore, runEnd } from './number-context'
import { qualifierBefore } from './qualifiers'
import type { ExtractedQuantity } from './types'

const NUMBER_WORDS =
  'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|' +
  'eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|' +
  'dozen|half|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|twentieth|twice|' +
  '(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand)fold|quid'

// Alternation of literals after \b: linear in the input, no backtracking blow-up.
// One shared instance (scanning is synchronous, so its lastIndex is never shared).
const ANCHOR = new RegExp(`\\d|\\b(?:${NUMBER_WORDS})\\b`, 'gi')

const FOLD: Record<string, string> = { two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10', twenty: '20', hundred: '100', thousand: '1000' }

// Prepositions and determiners after which a four-digit number is a year even
// when a noun follows ("the 2024 elections", "in 2024 companies…").
const YEAR_LEAD_WORDS = new Set(['in', 'since', 'by', 'until', 'till', 'through', 'during', 'from', 'between', 'of', 'for', 'before', 'after', 'the', 'to', 'and', 'or', 'early', 'late', 'mid', 'fiscal', 'this', 'its', 'their', 'circa'])

const MAX_NUMBER_LENGTH = 40

export interface Scan {
  quantities: ExtractedQuantity[]
  markers: Array<ChangeMarker | undefined> // parallel to quantities
  times: TimeMention[]
}

function readYear(text: string, part: Part, pos: number, end: number, value: string): Outcome | undefined {
  if (part.scale || part.unit || part.currency || part.compoundNoun) return undefined
  const lead = wordBefore(text, pos)?.lower
  const next = wordAfter(text, end)
  const isCounting = next !== undefined && next.start > end && isPluralNoun(next.lower)
  if (isCounting && !(lead && YEAR_LEAD_WORDS.has(lead))) return undefined
  if (isCounting && qualifierBefore(text, pos)) return undefined
  const time = yearMention(text, pos, end, Number(value))
  return { end: time.end, time }
}

function rankAfterNo(text: string, pos: number, end: number): Outcome | undefined {
  const word = wordBefore(text, pos, true)
  const label = word?.raw === 'No' ? word : text.charCodeAt(skipSpacesBackward(text, pos) - 1) === 0x2e ? wordBefore(text, skipSpacesBackward(text, pos) - 1, false) : undefined
  if (label?.raw !== 'No') return undefined
  return { end, quantity: { start: label.start, end, text: text.slice(label.start, end), value: readDigitCore(text, pos).value, unit: 'rank' } }
}

// Skips the whole identifier-like run; computed only on this rare path.
function skipRun(text: string, pos: number): Outcome {
  return { end: runEnd(text, pos) }
}

function readDigits(text: string, pos: number): Outcome {
  if (isLetter(text.charCodeAt(pos - 1)) || isGluedToLetters(text, pos) || isInsideUrl(text, pos)) return skipRun(text, pos)
  const phoneEnd = phoneNumberEnd(text, pos)
  if (phoneEnd !== undefined) return { end: phoneEnd }
  const core = readDigitCore(text, pos)
  // Forty digits measure nothing real; refusing them keeps BigInt work bounded.
  if (core.end - pos > MAX_NUMBER_LENGTH) return skipRun(text, pos)
  const next = text.charCodeAt(core.end)
  if ((next === 0x2e || next === 0x2f) && isDigit(text.charCodeAt(core.end + 1))) return skipRun(text, pos) // "3.5.1", "24/7"
  // "ref=20%25discount": a percent-escape of an address, not 20 percent.
  if (next === 0x25 && /^[0-9a-f]{2}/i.test(text.slice(core.end + 1, core.end + 3))) return { end: runEnd(text, core.end + 1) }
  if ((text.charCodeAt(pos - 1) === 0x2f || text.charCodeAt(pos - 1) === 0x3a) && isDigit(text.charCodeAt(pos - 2))) return skipRun(text, pos)
  if (next === 0x3a && isDigit(text.charCodeAt(core.end + 1))) return skipRun(text, pos) // "3:1", "19:45"
  if (isScoreline(text, core.end)) return { end: runEnd(text, core.end + 1) }
  if (isTimeOfDay(text, core.end)) return skipRun(text, pos)
  if (isListMarker(text, pos, core.end)) return skipRun(text, pos)
  if (!core.isOrdinal && isDecade(text, core.end)) return skipRun(text, pos)
  const isPlain = core.isInteger && !core.hasGrouping && !core.isOrdinal
  if (isPlain && isDayOfMonth(text, pos, core.end, core.value)) return { end: core.end }
  const currency = currencyBefore(text, pos)
  const part = readPart(text, core, currency)
  if (!currency && isPlain && isYearValue(core.value)) {
    const year = readYear(text, part, pos, core.end, core.value)
    if (year) return year
  }
  const isMeasured = part.scale !== undefined || part.unit !== undefined || part.currency !== undefined
  if (isLetter(next) && !core.isOrdinal && !isMeasured) {
    if (next === 0x78 /* x */ && !isLetter(text.charCodeAt(core.end + 1))) {
      return { end: core.end + 1, quantity: { start: pos, end: core.end + 1, text: text.slice(pos, core.end + 1), value: core.value, unit: 'times' } }
    }
    return skipRun(text, pos) // letters glued to the number that are no scale or unit: "5G", "3D", "4K"
  }
  if (isPlain) {
    const rank = rankAfterNo(text, pos, core.end)
    if (rank) return rank
  }
  if (!isMeasured && isLabelled(text, pos)) return { end: groupedRunEnd(text, runEnd(text, pos)) }
  if (!isMeasured && isPlain && isHouseNumber(text, core.end)) return { end: core.end }
  if (!isMeasured && isClockTime(text, pos, core.end)) return { end: core.end }
  if (!isMeasured && isPlain && isShare(text, pos, core.end)) return { end: core.end }
  return buildQuantity(text, core, currency, minusBefore(text, currency?.start ?? pos), part)
}

const CLOCK_LEAD = new Set(['at', 'until', 'till', 'from', 'by', 'before', 'after', 'since', 'around'])

// "leaves at 7.15", "closed until 6.30 tonight": a time written with a full stop.
function isClockTime(text: string, pos: number, end: number): boolean {
  if (end - pos < 4 || end - pos > 5 || text.charCodeAt(end - 3) !== 0x2e) return false
  if (Number(text.slice(end - 2, end)) >= 60 || Number(text.slice(pos, end - 3)) > 24) return false
  const lead = wordBefore(text, pos)?.lower
  return lead !== undefined && CLOCK_LEAD.has(lead)
}

function readWords(text: string, pos: number, lower: string): Outcome {
  const skip = { end: pos + lower.length }
  const article = wordBefore(text, pos)
  const hasArticle = article?.lower === 'a' || article?.lower === 'an'
  if (lower === 'half') {
    const a = wordAfter(text, pos + 4)
    const scale = a && (a.lower === 'a' || a.lower === 'an') ? wordAfter(text, a.end) : undefined
    if (!scale || !['thousand', 'million', 'billion', 'trillion'].includes(scale.lower)) return skip
    return buildQuantity(text, { start: pos, end: a!.end, value: '0.5', isOrdinal: false, isWord: true, isInteger: false, hasGrouping: false, intDigits: 1 })
  }
  if (lower === 'thousand' || lower === 'million' || lower === 'billion' || lower === 'trillion') {
    if (!hasArticle) return skip
    return buildQuantity(text, { start: article.start, end: article.end, value: '1', isOrdinal: false, isWord: true, isInteger: true, hasGrouping: false, intDigits: 1 })
  }
  if (lower === 'quid') {
    // "a quid an hour": one pound; "fifty quid" was read from "fifty".
    if (!hasArticle) return skip
    const end = pos + 4
    return { end, quantity: { start: article.start, end, text: text.slice(article.start, end), value: '1', unit: 'GBP' } }
  }
  if (lower === 'twice' || lower.endsWith('fold')) {
    const value = lower === 'twice' ? '2' : FOLD[lower.slice(0, -4)]
    const after = wordAfter(text, pos + lower.length)?.lower
    if (!value || (lower === 'twice' && !['as', 'the', 'that', 'than'].includes(after ?? ''))) return skip
    const end = pos + lower.length
    return { end, quantity: { start: pos, end, text: text.slice(pos, end), value, unit: 'times' } }
  }
  const isImplied = (lower === 'hundred' || lower === 'dozen') && hasArticle
  if ((lower === 'hundred' || lower === 'dozen') && !hasArticle) return skip
  const core = readWordCore(text, pos, isImplied)
  if (!core) return skip
  if (isImplied) core.start = article!.start
  if (lower === 'one' && !isCountedOne(text, core.start, core.end)) return { end: core.end }
  if (isCapitalizedInside(text, core.start)) return { end: core.end } // "the Six Nations"
  if (!core.isOrdinal && isShare(text, core.start, core.end)) return { end: core.end }
  if (isArithmetic(text, core.start)) return { end: core.end }
  if (text.charCodeAt(pos - 1) === 0x2d && isLetter(text.charCodeAt(pos - 2)) && wordBefore(text, pos - 1, false)?.lower !== 'top') return { end: core.end }
  return buildQuantity(text, core, undefined, minusBefore(text, core.start))
}

// "3 dollars 50 cents", "thirteen dollars and forty-five cents": one amount, written
// in two. Only a whole number of the same currency followed by under one of it.
const SUBUNIT_WORD = /(?:cents?|pence|penny|pennies)$/i
function joinsSubunit(text: string, whole: ExtractedQuantity, part: ExtractedQuantity): boolean {
  // "3 dollars 50 cents", not "$3 and 50 cents" (two prices in a list, as often as not).
  // Bare cents take the currency before them: "20 euros 30 cents".
  const sameCurrency = whole.unit === part.unit || (/cents?$/i.test(part.text) && !/\b(?:us|euro)\s+cents?$/i.test(part.text))
  if (!sameCurrency || !/^[A-Z]{3}$/.test(whole.unit) || !/[a-z]$/i.test(whole.text) || whole.value.includes('.') || whole.valueMax) return false
  if (!SUBUNIT_WORD.test(part.text) || compareDecimal(part.value, '1') >= 0 || part.value.startsWith('-')) return false
  return /^\s+(?:and\s+)?$/.test(text.slice(whole.end, part.start))
}

function joinAmounts(text: string, whole: ExtractedQuantity, part: ExtractedQuantity): void {
  whole.value = addDecimal(whole.value, part.value)
  whole.end = part.end
  whole.text = text.slice(whole.start, part.end)
}

export function scanText(text: string): Scan {
  const quantities: ExtractedQuantity[] = []
  const markers: Array<ChangeMarker | undefined> = []
  const times: TimeMention[] = []
  const anchor = ANCHOR
  anchor.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = anchor.exec(text))) {
    const pos = match.index
    const outcome = isDigit(text.charCodeAt(pos)) ? readDigits(text, pos) : readWords(text, pos, match[0].toLowerCase())
    // A symbol between two numbers ("0$450") may be claimed by both: the first keeps it.
    const previous = quantities[quantities.length - 1]
    if (outcome.quantity && previous && joinsSubunit(text, previous, outcome.quantity)) {
      joinAmounts(text, previous, outcome.quantity)
    } else if (outcome.quantity && (!previous || outcome.quantity.start >= previous.end)) {
      quantities.push(outcome.quantity)
      markers.push(outcome.marker)
    }
    if (outcome.time) times.push(outcome.time)
    anchor.lastIndex = Math.max(outcome.end, pos + match[0].length)
  }
  return { quantities, markers, times }
}
