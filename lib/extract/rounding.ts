// How precise a written figure is, from its digits: "110 billion" is 109.5–110.5
// billion, "3.4%" 3.35–3.45%. Search matches a typed figure within these bounds, and
// "checked before" compares two claims' figures with them. Pure.

// The bounds are exact decimals, compared in SQL as numeric; null when the figure has
// no digits ("five per cent").
export function roundingBounds(typed: string, value: string): { low: string; high: string } | null {
  const digits = /\d[\d,]*(?:\.(\d+))?/.exec(typed)
  if (!digits) return null
  const written = Number(digits[0].replace(/,/g, ''))
  const exact = Number(value)
  if (!Number.isFinite(written) || !Number.isFinite(exact) || written === 0) return null
  const decimals = digits[1]?.length ?? 0
  // How much one unit of the last typed digit is worth: the scale word's multiplier
  // ("bn" = 1e9) times the digit's place.
  const halfStep = (Math.abs(exact / written) * 10 ** -decimals) / 2
  return { low: toDecimal(exact - halfStep), high: toDecimal(exact + halfStep) }
}

function toDecimal(value: number): string {
  // toPrecision keeps 15 significant digits without an exponent for the sizes that
  // occur here; numeric in Postgres takes the string as is.
  const text = value.toPrecision(15)
  if (!text.includes('e')) return text
  return Math.abs(value) < 1 ? value.toFixed(20) : BigInt(Math.round(value)).toString()
}
