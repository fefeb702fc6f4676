// Peer: compromise — its .numbers(), .money() and .percentages() views, normalized to
// the corpus's (value, unit).
//
// The views overlap and complete each other: .money() knows the currency of "$8
// billion" but reads only "$8", while .numbers() reads 8000000000 for the same span. So
// a money or percentage match takes its value from the overlapping .numbers() match
// when there is one; .numbers() matches left over are ranks (ordinals) or counts.
import nlp from 'compromise'
import type { ValueUnit } from '@/tests/support/extract-scoring'
import { toExactDecimal } from './exact-decimal'

interface Offset {
  start: number
  length: number
}
interface Term {
  tags: string[]
}
interface NumberJson {
  offset: Offset
  terms: Term[]
  number?: { num: number; prefix?: string; suffix?: string; unit?: string }
}
interface MoneyJson {
  offset: Offset
  money?: { num: number; currency?: string }
}

// compromise reports currencies as ISO codes for some symbols and as words for others.
const CURRENCIES: Record<string, string> = {
  $: 'USD', dollar: 'USD', usd: 'USD', '€': 'EUR', euro: 'EUR', eur: 'EUR', '£': 'GBP', pound: 'GBP', gbp: 'GBP',
  '¥': 'JPY', yen: 'JPY', jpy: 'JPY', yuan: 'CNY', renminbi: 'CNY', rmb: 'CNY', cny: 'CNY', ruble: 'RUB', rouble: 'RUB',
  rub: 'RUB', '₽': 'RUB', rupee: 'INR', inr: 'INR', '₹': 'INR', franc: 'CHF', chf: 'CHF',
}

function currencyCode(currency: string | undefined): string {
  const key = (currency ?? '').toLowerCase().replace(/s$/, '')
  return CURRENCIES[key] ?? (currency ?? '').toUpperCase()
}

const overlaps = (a: Offset, b: Offset) => a.start < b.start + b.length && b.start < a.start + a.length
const hasTag = (match: NumberJson, tag: string) => match.terms.some((term) => term.tags.includes(tag))

function isPercent(match: NumberJson): boolean {
  return hasTag(match, 'Percent') || match.number?.suffix === '%' || match.number?.unit === '%'
}

export function extractWithCompromise(text: string): ValueUnit[] {
  const doc = nlp(text)
  const numbers = doc.numbers().json({ offset: true }) as NumberJson[]
  const money = doc.money().json({ offset: true }) as MoneyJson[]
  const percentages = doc.percentages().json({ offset: true }) as NumberJson[]
  const found: { start: number; item: ValueUnit }[] = []
  const used = new Set<NumberJson>()
  const add = (offset: Offset, value: number | undefined, unit: string) => {
    const exact = value === undefined ? undefined : toExactDecimal(value)
    if (exact !== undefined) found.push({ start: offset.start, item: { value: exact, unit } })
  }
  // The overlapping .numbers() reading, which carries the scale word.
  const readingOf = (offset: Offset) => {
    const reading = numbers.find((match) => !used.has(match) && overlaps(match.offset, offset))
    if (reading) used.add(reading)
    return reading?.number?.num
  }
  for (const match of money) add(match.offset, readingOf(match.offset) ?? match.money?.num, currencyCode(match.money?.currency))
  for (const match of percentages) add(match.offset, readingOf(match.offset) ?? match.number?.num, 'percent')
  for (const match of numbers) {
    if (used.has(match)) continue
    const unit = isPercent(match) ? 'percent' : hasTag(match, 'Ordinal') ? 'rank' : 'count'
    add(match.offset, match.number?.num, unit)
  }
  return found.sort((a, b) => a.start - b.start).map(({ item }) => item)
}
