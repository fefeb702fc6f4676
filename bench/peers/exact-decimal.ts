// Peers give values as JavaScript numbers or as strings that may carry an exponent
// ("1.5E+21"); the corpus compares exact decimal strings. Rounding to 12 significant
// digits removes binary noise of their scale arithmetic (94.9 × 1e9 = 94900000000.00002)
// without changing any value the corpus holds — a courtesy to the peer, never a penalty.
export function toExactDecimal(value: number | string): string | undefined {
  const number = typeof value === 'number' ? value : Number(value.trim())
  if (!Number.isFinite(number)) return undefined
  const rounded = Number(number.toPrecision(12))
  return rounded.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 })
}
