// A source's figure set against a claim's quantity: does the source bear the claim out?
// Pure and exact: values are decimal strings compared as scaled BigInts, never floats.

import { extractQuantities, type Qualifier } from '@/lib/extract'
import { normalizeDecimal, shiftDecimal } from '@/lib/extract/decimal'

export interface ClaimFigure {
  value: string
  valueMax: string | null
  unit: string
  qualifier: Qualifier | null
  year: number | null
  // The figure as the claim writes it ("$4.5 billion"): its last written digit is its precision.
  text?: string | null
}

export type FigureComparison =
  | { kind: 'matches' }
  // (source − claim) / source in percent, signed, 1 decimal: "+8.2" when the source gives
  // more than the claim. Null only when the source value is zero.
  | { kind: 'differs'; percent: string | null }
  | { kind: 'incomparable'; reason: 'unit' | 'period' }
  // Two currencies, or a dollar of no stated country (XDL) and a named one: there are no
  // exchange rates here, and HK$ 10 billion is not $10 billion.
  | { kind: 'incomparable'; reason: 'currency'; claimCurrency: string; sourceCurrency: string }
  | { kind: 'unparsed' }

// How far a bounded claim ("over", "nearly", "up to") may sit from the source, in tenths:
// "over $110 billion" still matches $120 billion (110 ≥ 90% of it), not $200 billion.
const BOUND_TENTHS = 9n

export function compareFigure(claim: ClaimFigure, sourceFigure: string): FigureComparison {
  // The engine reads a figure in running text; a bare figure at offset 0 loses its first digits.
  const [source] = extractQuantities(`It was ${sourceFigure.trim()}.`)
  if (!source) return { kind: 'unparsed' }
  // A bare number ("4,512,000,000") is read as a plain count: it takes the claim's unit.
  const isBare = source.unit === 'count' && !source.countedNoun
  if (source.unit !== claim.unit && !isBare) {
    if (isCurrency(source.unit) && isCurrency(claim.unit)) return { kind: 'incomparable', reason: 'currency', claimCurrency: claim.unit, sourceCurrency: source.unit }
    return { kind: 'incomparable', reason: 'unit' }
  }
  if (claim.year != null && source.year != null && claim.year !== source.year) return { kind: 'incomparable', reason: 'period' }
  const isMatch = source.valueMax
    ? isWithin(claim.value, source.value, source.valueMax)
    : claim.valueMax
      ? isWithin(source.value, claim.value, claim.valueMax)
      : matchesQualified(claim, source.value)
  if (isMatch) return { kind: 'matches' }
  return { kind: 'differs', percent: percentDifference(claim.value, source.value) }
}

// Money units are ISO 4217 codes (and XDL, in its user-assigned range); no other unit
// is three capitals.
const isCurrency = (unit: string) => /^[A-Z]{3}$/.test(unit)

function matchesQualified(claim: ClaimFigure, sourceValue: string): boolean {
  const [c, s] = scaled(claim.value, sourceValue)
  switch (claim.qualifier) {
    case 'over':
    case 'more_than':
    case 'exceeded':
      return s > c && 10n * c >= BOUND_TENTHS * s
    case 'at_least':
      return s >= c && 10n * c >= BOUND_TENTHS * s
    // "nearly $5 billion" is true of $4.8 billion: just under the claim, within 10%.
    case 'nearly':
    case 'up_to':
      return s <= c && 10n * s >= BOUND_TENTHS * c
    case 'less_than':
      return s < c && 10n * s >= BOUND_TENTHS * c
    case 'about':
      return 20n * abs(s - c) <= abs(c)
    default:
      return roundsTo(claim, sourceValue)
  }
}

// Equal once the source is rounded to the claim's precision: "$4.5 billion" is 4,512,000,000.
function roundsTo(claim: ClaimFigure, sourceValue: string): boolean {
  const exponent = precisionExponent(claim)
  const [c, s] = scaled(claim.value, sourceValue)
  const decimals = Math.max(decimalsOf(claim.value), decimalsOf(sourceValue))
  // Both are scaled by 10^decimals; the claim's precision is 10^exponent.
  const shift = exponent + decimals
  if (shift <= 0) return c === s
  const unit = 10n ** BigInt(shift)
  return roundHalfAway(s, unit) * unit === c
}

function precisionExponent(claim: ClaimFigure): number {
  const value = normalizeDecimal(claim.value)
  const written = claim.text?.match(/\d[\d,]*(?:\.\d+)?/)?.[0].replaceAll(',', '')
  if (written) {
    for (let exponent = 0; exponent <= 15; exponent++) {
      if (normalizeDecimal(shiftDecimal(written, exponent)) === value) return exponent - decimalsOf(written)
    }
  }
  return -decimalsOf(value)
}

function isWithin(value: string, low: string, high: string): boolean {
  const [v, l] = scaled(value, low)
  const [v2, h] = scaled(value, high)
  return v >= l && v2 <= h
}

function percentDifference(claimValue: string, sourceValue: string): string | null {
  const [c, s] = scaled(claimValue, sourceValue)
  if (s === 0n) return null
  // Tenths of a percent, rounded half away from zero.
  const tenths = roundHalfAway((s - c) * 1000n, abs(s)) * (s < 0n ? -1n : 1n)
  const magnitude = abs(tenths)
  const text = `${magnitude / 10n}.${magnitude % 10n}`
  if (magnitude === 0n) return text
  return tenths > 0n ? `+${text}` : `-${text}`
}

function decimalsOf(value: string): number {
  const dot = value.indexOf('.')
  return dot < 0 ? 0 : value.length - dot - 1
}

// Both values as integers at a common decimal scale.
function scaled(a: string, b: string): [bigint, bigint] {
  const decimals = Math.max(decimalsOf(a), decimalsOf(b))
  return [BigInt(normalizeDecimal(shiftDecimal(a, decimals))), BigInt(normalizeDecimal(shiftDecimal(b, decimals)))]
}

function abs(value: bigint): bigint {
  return value < 0n ? -value : value
}

// value / unit rounded half away from zero; unit is positive.
function roundHalfAway(value: bigint, unit: bigint): bigint {
  const quotient = (abs(value) * 2n + unit) / (unit * 2n)
  return value < 0n ? -quotient : quotient
}
