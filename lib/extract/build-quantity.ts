// From a number to a quantity: reads the context around it (rank words,
// qualifier, range, counted noun, rate) and decides its unit.

import { UNSETTLED_CURRENCY_WORDS, type CurrencyMatch } from './currencies'
import { compareDecimal } from './decimal'
import { countedNounAfter } from './counted-noun'
import { qualifierBefore } from './qualifiers'
import { ordinalRank, topBefore } from './rank'
import { readRange } from './ranges'
import { readPart, type NumberCore, type Part } from './read-part'
import { pastPeriodStart, perPeriodAfter, type TimeMention } from './time-expressions'
import type { ExtractedQuantity } from './types'
import { isCapitalizedInside } from './identifiers'
import { wordAfter, wordBefore, wordsBefore } from './text-cursor'
import { DURATION_UNITS, unitWordsAt } from './units'

// "from"/"to" written before a quantity: it becomes a role only when both ends
// of a change are found (attach-context.ts).
export type ChangeMarker = 'from' | 'to'

export interface Outcome {
  end: number // where scanning continues
  quantity?: ExtractedQuantity
  marker?: ChangeMarker
  time?: TimeMention
}

function quantity(text: string, start: number, end: number, value: string, unit: string): ExtractedQuantity {
  return { start, end, text: text.slice(start, end), value, unit }
}

function rankOutcome(text: string, core: NumberCore): Outcome {
  if (core.isOrdinal) {
    const rank = ordinalRank(text, core.start, core.end)
    return rank ? { end: rank.end, quantity: quantity(text, rank.start, rank.end, core.value, 'rank') } : { end: core.end }
  }
  const top = topBefore(text, core.start)!
  return { end: core.end, quantity: quantity(text, top, core.end, core.value, 'rank') }
}

// "over the past 20 years", "in the last two decades": a look-back period.
function pastPeriod(text: string, core: NumberCore, part: Part): Outcome | undefined {
  const start = pastPeriodStart(text, core.start)
  if (start === undefined) return undefined
  const next = wordAfter(text, core.end)
  const decades = next?.lower === 'decades' || next?.lower === 'decade'
  if (part.unit !== 'years' && !decades) {
    return part.unit === 'months' || part.unit === 'weeks' || part.unit === 'days' ? { end: part.end } : undefined
  }
  const years = Number(core.value) * (decades ? 10 : 1)
  const end = decades ? next!.end : part.end
  return { end, time: { start, end, period: { lastYears: years } } }
}

const PERCENT_CONTEXT = /%|per ?cent|rate|poll|approval|yield|inflation|unemployment|share/i

// "points": percentage points when the sentence is about percentages, else a count
// (a score, or index points: "the Dow fell 500 points, or 1.5%").
function pointsUnit(text: string, start: number, value: string): string {
  const window = text.slice(Math.max(0, start - 200), start + 80)
  return PERCENT_CONTEXT.test(window) && compareDecimal(value, '100') < 0 ? 'percentage_point' : 'count'
}

const FRACTIONS = new Set(['third', 'thirds', 'quarter', 'quarters', 'half', 'halves', 'fifth', 'fifths', 'tenth', 'tenths'])

const AGE_WORDS = new Set(['aged', 'age', 'ages'])

function isAllCaps(raw: string): boolean {
  return raw.length >= 2 && raw === raw.toUpperCase() && raw !== raw.toLowerCase()
}

// Decides what a bare number counts; `keep` is false when it is no quantity after all.
function countUnit(text: string, q: ExtractedQuantity, part: Part, end: number, hasRange: boolean): { end: number; keep: boolean } {
  if (part.compoundNoun) {
    q.countedNoun = part.compoundNoun
    return { end, keep: !FRACTIONS.has(part.compoundNoun.toLowerCase()) } // "two-thirds" is a share
  }
  const before = wordsBefore(text, part.start, 3)
  if (AGE_WORDS.has(before[0]?.lower ?? '') || AGE_WORDS.has(before[1]?.lower ?? '') || AGE_WORDS.has(before[2]?.lower ?? '')) {
    q.unit = 'years'
    return { end, keep: true }
  }
  const isBare = !part.scale && !part.core.hasGrouping && !hasRange
  const next = wordAfter(text, end)
  // "737 MAX jets": a model name; "a 999 emergency": a label.
  if (isBare && !part.core.isWord && part.core.intDigits >= 3 && next && next.start > end && isAllCaps(next.raw)) return { end, keep: false }
  if (isBare && q.value !== '1' && (before[0]?.lower === 'a' || before[0]?.lower === 'an')) return { end, keep: false }
  // "the 787 Dreamliner": a model number before a name.
  if (isBare && part.core.intDigits >= 3 && before[0]?.lower === 'the' && next && next.start > end && /^\p{Lu}/u.test(next.raw)) return { end, keep: false }
  // "the 2,000 Guineas": a race, a title; not "the 27 EU members".
  if (!part.scale && !hasRange && before[0]?.lower === 'the' && next && next.start > end && /^\p{Lu}\p{Ll}/u.test(next.raw)) return { end, keep: false }
  const noun = countedNounAfter(text, end, q.value === '1')
  if (noun) {
    const head = noun.noun.slice(noun.noun.lastIndexOf(' ') + 1)
    const unit = unitWordsAt([{ start: 0, end: 0, raw: head, lower: head.toLowerCase() }])
    if (unit && DURATION_UNITS.has(unit.unit)) {
      q.unit = unit.unit // "12 consecutive months"
      return { end: noun.end, keep: true }
    }
    if (FRACTIONS.has(head.toLowerCase())) return { end, keep: false } // "two thirds" is a share
    if (UNSETTLED_CURRENCY_WORDS.has(head.toLowerCase())) return { end, keep: false }
    if (/^points?$/i.test(head)) {
      q.unit = pointsUnit(text, part.start, q.value)
      if (q.unit === 'count') q.countedNoun = head
      return { end: noun.end, keep: true }
    }
    q.countedNoun = noun.noun
    return { end: noun.end, keep: true }
  }
  // A number in words needs something to count: "the two agreed" is not a statistic,
  // "seven of them" and "only one" are.
  if (!part.core.isWord || part.scale) return { end, keep: true }
  const isPartitive = next?.lower === 'of' && q.value !== '1'
  const isStressed = before[0]?.lower === 'only' || before[0]?.lower === 'just'
  return { end, keep: isPartitive || isStressed }
}

// `part` when the caller has already read it (digits), else it is read here.
export function buildQuantity(text: string, core: NumberCore, currency?: CurrencyMatch, minusStart?: number, known?: Part): Outcome {
  if (core.isOrdinal || topBefore(text, core.start) !== undefined) {
    return rankOutcome(text, core)
  }
  const part = known ?? readPart(text, core, currency)
  const past = pastPeriod(text, core, part)
  if (past) return past
  if (part.unitStart !== undefined && isCapitalizedInside(text, part.unitStart)) return { end: part.end } // "the 24 Hours of Le Mans"
  if (minusStart !== undefined) {
    part.start = minusStart
    part.value = `-${part.value}`
  }
  const scaleWord = wordAfter(text, part.end)?.lower
  if (scaleWord === 'lakh' || scaleWord === 'crore') return { end: part.end } // Indian scale words: out of scope
  const before = wordBefore(text, part.start)
  const range = readRange(text, part, before?.lower === 'between', before?.lower === 'from')
  const start = range && before?.lower === 'between' ? before.start : part.start
  let end = range?.end ?? part.end
  const q = quantity(text, start, end, range?.value ?? part.value, range?.currency ?? range?.unit ?? part.currency ?? part.unit ?? 'count')
  if (range) q.valueMax = range.valueMax
  if (part.scale) q.scale = part.scale.text
  else if (range?.second.scale) q.scale = range.second.scale.text
  if (q.unit === 'count') {
    const counted = countUnit(text, q, part, end, range !== undefined)
    if (!counted.keep) return { end }
    end = counted.end
  }
  const per = perPeriodAfter(text, end)
  if (per) q.period = { per: per.per }
  const qualifier = qualifierBefore(text, start)
  if (qualifier) q.qualifier = qualifier.qualifier
  q.start = qualifier?.start ?? start
  q.end = end
  q.text = text.slice(q.start, q.end)
  const marker = wordBefore(text, q.start)?.lower
  return { end, quantity: q, marker: marker === 'from' || marker === 'to' ? marker : undefined }
}
