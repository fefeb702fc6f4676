// Exact decimal arithmetic on strings and BigInt. Quantities are money and
// counts: "15.3 billion" must become "15300000000", not 15299999999.999998,
// so no value ever passes through a JavaScript number.

// A decimal as an integer mantissa and a power of ten: value = digits × 10^-scale.
interface Fixed {
  digits: bigint
  scale: number
}

function toFixed(value: string): Fixed {
  const negative = value.startsWith('-')
  const body = negative ? value.slice(1) : value
  const dot = body.indexOf('.')
  const intPart = dot < 0 ? body : body.slice(0, dot)
  const fracPart = dot < 0 ? '' : body.slice(dot + 1)
  const digits = BigInt((intPart || '0') + fracPart)
  return { digits: negative ? -digits : digits, scale: fracPart.length }
}

function fromFixed({ digits, scale }: Fixed): string {
  if (scale < 0) return fromFixed({ digits: digits * 10n ** BigInt(-scale), scale: 0 })
  const negative = digits < 0n
  let text = (negative ? -digits : digits).toString()
  if (scale > 0) {
    text = text.padStart(scale + 1, '0')
    text = `${text.slice(0, -scale)}.${text.slice(-scale)}`.replace(/\.?0+$/, '')
  }
  return negative && text !== '0' ? `-${text}` : text
}

// Canonical form of a digit string with an optional "." decimal point:
// no leading zeros, no trailing fractional zeros ("007.50" → "7.5").
// String operations only: this runs for every number of a document.
export function normalizeDecimal(value: string): string {
  const negative = value.charCodeAt(0) === 0x2d
  let start = negative ? 1 : 0
  let end = value.length
  const dot = value.indexOf('.')
  if (dot >= 0) {
    while (end > dot + 1 && value.charCodeAt(end - 1) === 0x30) end--
    if (end === dot + 1) end = dot
  }
  const intEnd = dot >= 0 ? Math.min(dot, end) : end
  while (start < intEnd - 1 && value.charCodeAt(start) === 0x30) start++
  let result = value.slice(start, end)
  if (result.charCodeAt(0) === 0x2e) result = `0${result}`
  if (result === '' || result === '0') return '0'
  return negative ? `-${result}` : result
}

// value × 10^exponent, exactly ("1.5", 9 → "1500000000").
export function shiftDecimal(value: string, exponent: number): string {
  const fixed = toFixed(value)
  if (exponent >= 0) {
    const drop = Math.min(exponent, fixed.scale)
    return fromFixed({ digits: fixed.digits * 10n ** BigInt(exponent - drop), scale: fixed.scale - drop })
  }
  return fromFixed({ digits: fixed.digits, scale: fixed.scale - exponent })
}

export function addDecimal(a: string, b: string): string {
  const x = toFixed(a)
  const y = toFixed(b)
  const scale = Math.max(x.scale, y.scale)
  return fromFixed({ digits: x.digits * 10n ** BigInt(scale - x.scale) + y.digits * 10n ** BigInt(scale - y.scale), scale })
}

export function multiplyDecimal(a: string, b: string): string {
  const x = toFixed(a)
  const y = toFixed(b)
  return fromFixed({ digits: x.digits * y.digits, scale: x.scale + y.scale })
}

export function compareDecimal(a: string, b: string): number {
  const x = toFixed(a)
  const y = toFixed(b)
  const scale = Math.max(x.scale, y.scale)
  const left = x.digits * 10n ** BigInt(scale - x.scale)
  const right = y.digits * 10n ** BigInt(scale - y.scale)
  return left === right ? 0 : left < right ? -1 : 1
}

function roundedDivide(numerator: bigint, denominator: bigint): bigint {
  // Half away from zero; both operands are positive here.
  return (numerator * 2n + denominator) / (denominator * 2n)
}

// a / b rounded to `significant` significant digits ("110000000000" / "8000000000" → "13.75").
// Returns undefined unless both are positive.
export function divideSignificant(a: string, b: string, significant: number): string | undefined {
  const x = toFixed(a)
  const y = toFixed(b)
  if (x.digits <= 0n || y.digits <= 0n) return undefined
  // Scale the quotient generously, then round to the requested significant digits.
  const extra = 40
  const numerator = x.digits * 10n ** BigInt(y.scale + extra)
  const denominator = y.digits * 10n ** BigInt(x.scale)
  const quotient = numerator / denominator
  const length = quotient.toString().length
  const drop = Math.max(0, length - significant)
  const rounded = roundedDivide(numerator, denominator * 10n ** BigInt(drop))
  return fromFixed({ digits: rounded, scale: extra - drop })
}

function integerRoot(value: bigint, n: bigint): bigint {
  // Newton's method for floor(value^(1/n)), starting above the root.
  if (value < 2n) return value
  let x = 1n << (BigInt(value.toString(2).length) / n + 1n)
  for (;;) {
    const next = ((n - 1n) * x + value / x ** (n - 1n)) / n
    if (next >= x) return x
    x = next
  }
}

// Compound annual growth rate in percent with `decimals` decimals:
// ((to / from)^(1/years) − 1) × 100. Undefined for non-positive inputs.
export function cagrPercent(from: string, to: string, years: number, decimals = 2): string | undefined {
  const x = toFixed(from)
  const y = toFixed(to)
  if (x.digits <= 0n || y.digits <= 0n || !Number.isInteger(years) || years < 1 || years > 500) return undefined
  const precision = 30 // digits kept inside the root
  const n = BigInt(years)
  // ratio × 10^(precision·n), so that its n-th root is the growth factor × 10^precision.
  const scaledRatio = (y.digits * 10n ** (BigInt(x.scale + precision) * n)) / (x.digits * 10n ** BigInt(y.scale))
  const factor = integerRoot(scaledRatio, n)
  const percentTimes = (factor - 10n ** BigInt(precision)) * 100n // × 10^precision
  const dropped = 10n ** BigInt(precision - decimals)
  const negative = percentTimes < 0n
  const magnitude = roundedDivide(negative ? -percentTimes : percentTimes, dropped)
  const text = fromFixed({ digits: magnitude, scale: decimals })
  const padded = text.includes('.') ? text.padEnd(text.indexOf('.') + decimals + 1, '0') : `${text}.${'0'.repeat(decimals)}`
  return negative && magnitude !== 0n ? `-${padded}` : padded
}
