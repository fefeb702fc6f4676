// Human-readable normal form of a quantity, e.g. "over 110,000,000,000 USD · in 2024".
// Works on decimal strings: no floating point between the database and the screen.
import { CURRENCY_FAMILIES } from '@/lib/extract/currency-families'
import type { QuantityPeriod } from '@/lib/extract/types'

interface FormattableQuantity {
  value: string
  valueMax?: string | null
  unit: string
  countedNoun?: string | null
  qualifier?: string | null
  year?: number | null
  period?: QuantityPeriod | null
}

export function groupDigits(value: string): string {
  const [integer = '', fraction] = value.replace(/^-/, '').split('.')
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${value.startsWith('-') ? '−' : ''}${grouped}${fraction ? `.${fraction}` : ''}`
}

// A "$" the text does not place (lib/extract/currencies.ts): said in words, never shown
// as a code a reader could take for a real currency.
export const UNSPECIFIED_DOLLAR_LABEL = 'dollar, country unspecified'

// How a currency unit is named in a sentence: its ISO code, or the words for XDL and
// the other families whose country the text did not say (lib/extract/currency-families.ts).
export function currencyName(unit: string): string {
  if (unit === 'XDL') return UNSPECIFIED_DOLLAR_LABEL
  const family = CURRENCY_FAMILIES[unit]
  return family ? `${family.singular}, country unspecified` : unit
}

const UNIT_LABELS: Record<string, string> = {
  XDL: 'dollars (country unspecified)',
  ...Object.fromEntries(Object.entries(CURRENCY_FAMILIES).map(([code, family]) => [code, `${family.plural} (country unspecified)`])),
  percent: '%', percentage_point: 'percentage points', rank: '', times: '×',
  ton: 'tons (short, long or metric: not said)', short_ton: 'short tons', long_ton: 'long tons', ozt: 'troy oz',
}

function unitLabel(quantity: FormattableQuantity): string {
  if (quantity.unit === 'count') return quantity.countedNoun ?? ''
  return UNIT_LABELS[quantity.unit] ?? quantity.unit
}

function describePeriod(quantity: FormattableQuantity): string[] {
  const parts: string[] = []
  const { period } = quantity
  if (quantity.year) parts.push(`in ${quantity.year}`)
  if (period?.isSince && period.from) parts.push(`since ${period.from}`)
  else if (period?.from && period.to) parts.push(`${period.from}–${period.to}`)
  if (period?.per) parts.push(`per ${period.per}`)
  if (period?.lastYears) parts.push(`over the past ${period.lastYears} years`)
  return parts
}

export function formatQuantity(quantity: FormattableQuantity): string {
  const qualifier = quantity.qualifier ? `${quantity.qualifier.replace(/_/g, ' ')} ` : ''
  const amount = quantity.unit === 'rank' ? `rank ${quantity.value}` : groupDigits(quantity.value)
  const range = quantity.valueMax ? `–${groupDigits(quantity.valueMax)}` : ''
  const unit = unitLabel(quantity)
  const head = `${qualifier}${amount}${range}${unit === '%' || unit === '×' ? unit : unit ? ` ${unit}` : ''}`
  return [head, ...describePeriod(quantity)].join(' · ')
}
