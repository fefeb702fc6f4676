// Years, dates and periods. Years are not quantities: they become the `year`
// or `period` of the quantity they qualify ("in 2024", "since 2022",
// "per year", "over the past 20 years").

import type { QuantityPeriod } from './types'
import { parseDigits } from './parse-number'
import { isDigit, isInlineSpace, isLetter, matchAfter, skipSpacesForward, wordAfter, wordBefore, wordsAfter, type Phrase } from './text-cursor'

export interface TimeMention {
  start: number
  end: number
  year?: number
  period?: QuantityPeriod
}

const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
])

// A capitalized month name ("May", not the verb "may").
export function isMonthWord(raw: string | undefined): boolean {
  if (!raw) return false
  const code = raw.charCodeAt(0)
  return code >= 0x41 && code <= 0x5a && MONTHS.has(raw.toLowerCase())
}

// "5 May", "May 5", "May 5th", "the 5th of May": a day of the month, not a quantity.
export function isDayOfMonth(text: string, start: number, end: number, value: string): boolean {
  const day = Number(value)
  if (!Number.isInteger(day) || day < 1 || day > 31) return false
  if (isMonthWord(wordBefore(text, start)?.raw)) return true
  const next = wordAfter(text, end)
  if (isMonthWord(next?.raw)) return true
  if (next?.lower === 'of') return isMonthWord(wordAfter(text, next.end)?.raw)
  // "13 to 15 June", "13–15 June"
  const dash = skipSpacesForward(text, end)
  const isDash = text.charCodeAt(dash) === 0x2013 || text.charCodeAt(dash) === 0x2d
  const secondStart = isDash ? skipSpacesForward(text, dash + 1) : next && (next.lower === 'to' || next.lower === 'and') ? skipSpacesForward(text, next.end) : -1
  if (secondStart < 0 || !isDigit(text.charCodeAt(secondStart))) return false
  let secondEnd = secondStart
  while (isDigit(text.charCodeAt(secondEnd))) secondEnd++
  return secondEnd - secondStart <= 2 && isMonthWord(wordAfter(text, secondEnd)?.raw)
}

const CLOCK_WORDS = new Set(['am', 'pm', 'a', 'p', 'gmt', 'utc', 'bst', 'cet', 'est', 'pst', 'hrs', "o'clock", 'o’clock'])

// "5:30", "10 am", "5pm", "9 a.m.", "14:00 GMT".
export function isTimeOfDay(text: string, end: number): boolean {
  if (text.charCodeAt(end) === 0x3a && isDigit(text.charCodeAt(end + 1)) && isDigit(text.charCodeAt(end + 2))) return true
  const word = wordAfter(text, end)
  if (!word || !CLOCK_WORDS.has(word.lower)) return false
  if (word.lower === 'a' || word.lower === 'p') return text.charCodeAt(word.end) === 0x2e && text.charCodeAt(word.end + 1) === 0x6d // "a.m"
  return word.lower !== 'est' || word.raw === 'EST'
}

export function isYearValue(value: string): boolean {
  if (value.length !== 4 || !/^\d{4}$/.test(value)) return false
  const year = Number(value)
  return year >= 1000 && year <= 2199
}

// A second year after a dash or "to"/"and": "2014–2024", "2014-24", "2014 to 2024".
function secondYear(text: string, pos: number, first: number, words: readonly string[]): { year: number; end: number } | undefined {
  let cursor = skipSpacesForward(text, pos)
  const code = text.charCodeAt(cursor)
  const isDash = code === 0x2d || code === 0x2013 || code === 0x2014 || code === 0x2010
  if (isDash) cursor = skipSpacesForward(text, cursor + 1)
  else {
    const word = wordAfter(text, cursor)
    if (!word || !words.includes(word.lower)) return undefined
    cursor = skipSpacesForward(text, word.end)
  }
  if (!isDigit(text.charCodeAt(cursor)) || isDigit(text.charCodeAt(cursor - 1))) return undefined
  const number = parseDigits(text, cursor)
  if (!number.isInteger || number.hasGrouping || isLetter(text.charCodeAt(number.end))) return undefined
  if (number.value.length === 2 && isDash && number.end - number.start === 2) {
    // "2014-24": the century of the first year.
    const year = Math.floor(first / 100) * 100 + Number(number.value)
    return year > first ? { year, end: number.end } : undefined
  }
  return isYearValue(number.value) && Number(number.value) > first ? { year: Number(number.value), end: number.end } : undefined
}

// The time expression around a year at [start, end): a year or a period.
export function yearMention(text: string, start: number, end: number, year: number): TimeMention {
  const before = wordBefore(text, start)
  const keyword = before?.lower
  if (keyword === 'since') return { start: before!.start, end, period: { from: year, isSince: true } }
  if (keyword === 'until' || keyword === 'till' || keyword === 'through') return { start: before!.start, end, period: { to: year } }
  const range = secondYear(text, end, year, keyword === 'between' ? ['and'] : ['to', 'until', 'through'])
  if (range) return { start: keyword === 'between' || keyword === 'from' ? before!.start : start, end: range.end, period: { from: year, to: range.year } }
  if (keyword === 'from') return { start: before!.start, end, period: { from: year } }
  return { start, end, year }
}

// "in the 2020s", "the 1990s", "the '90s": decades are time, not quantities.
export function isDecade(text: string, end: number): boolean {
  if (text.charCodeAt(end - 1) !== 0x30 || text.charCodeAt(end - 2) === 0x2e) return false // decades end in 0: "1990s", "the 20s"
  const next = text.charCodeAt(end)
  if (next === 0x73 /* s */ && !isLetter(text.charCodeAt(end + 1))) return true
  return (next === 0x27 || next === 0x2019) && text.charCodeAt(end + 1) === 0x73 && !isLetter(text.charCodeAt(end + 2))
}

interface PerPhrase extends Phrase {
  per: NonNullable<QuantityPeriod['per']>
}

const PER_PHRASES: PerPhrase[] = (
  [
    ['year', 'per year|a year|each year|every year|per annum|annually|a yr|per yr|yearly'],
    ['quarter', 'per quarter|a quarter|each quarter|quarterly'],
    ['month', 'per month|a month|each month|every month|monthly'],
    ['week', 'per week|a week|each week|every week|weekly'],
    ['day', 'per day|a day|each day|every day|daily'],
    ['hour', 'per hour|an hour|each hour|every hour|hourly'],
    ['capita', 'per capita|per person|per head|per inhabitant|per resident'],
  ] as const
).flatMap(([per, forms]) => forms.split('|').map((form) => ({ words: form.split(' '), per })))

const PER_FIRST_WORDS = new Set(PER_PHRASES.map((phrase) => phrase.words[0]!))

// "a year earlier" or "a day later" are a time reference, not a rate.
const NOT_RATE = new Set(['earlier', 'ago', 'before', 'later', 'after', 'from', 'of', 'to', 'and', 'or'])

// A rate after a quantity: "per year", "a day", "annually", "per capita"; also "/yr".
export function perPeriodAfter(text: string, pos: number): { per: NonNullable<QuantityPeriod['per']>; end: number } | undefined {
  const start = skipSpacesForward(text, pos)
  if (text.charCodeAt(start) === 0x2f /* / */) {
    const word = wordAfter(text, start + 1, false)
    const per = word && ({ yr: 'year', year: 'year', y: 'year', month: 'month', day: 'day', d: 'day', h: 'hour', hr: 'hour', week: 'week' } as const)[word.lower]
    return per ? { per, end: word.end } : undefined
  }
  const first = wordAfter(text, pos)
  if (!first || !PER_FIRST_WORDS.has(first.lower)) return undefined
  const words = wordsAfter(text, pos, 3)
  const match = matchAfter(words, PER_PHRASES)
  if (!match) return undefined
  const isArticle = match.entry.words[0] === 'a' || match.entry.words[0] === 'an'
  if (isArticle && NOT_RATE.has(words[match.entry.words.length]?.lower ?? '')) return undefined
  return { per: match.entry.per, end: match.end }
}

const PAST_WORDS = new Set(['past', 'last', 'previous', 'preceding'])

// "over the past 20 years", "in the last five years": the number is a look-back
// period, not a quantity. Returns the start of "the past".
export function pastPeriodStart(text: string, start: number): number | undefined {
  const past = wordBefore(text, start)
  if (!past || !PAST_WORDS.has(past.lower)) return undefined
  const the = wordBefore(text, past.start)
  return the?.lower === 'the' ? the.start : past.start
}

export function isInlineGap(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isInlineSpace(text.charCodeAt(i))) return false
  return true
}
