// Figures derived from a change ("from $8 billion in 2014 to over $110 billion
// in 2024"): the ratio, the years between, and the compound annual growth
// rate. Reviewers see them as derived, never as asserted by the text.

import { cagrPercent, divideSignificant } from './decimal'
import type { DerivedChange, ExtractedQuantity } from './types'

// A growth rate of a percentage or a rank means nothing; a ratio of ranks neither.
const NO_RATIO = new Set(['rank'])
const NO_CAGR = new Set(['rank', 'percent', 'percentage_point'])

export function deriveChange(quantities: readonly ExtractedQuantity[], fromIndex: number, toIndex: number): DerivedChange | undefined {
  const from = quantities[fromIndex]
  const to = quantities[toIndex]
  if (!from || !to || from.unit !== to.unit || NO_RATIO.has(from.unit)) return undefined
  const ratio = divideSignificant(to.value, from.value, 4)
  if (ratio === undefined) return undefined
  const change: DerivedChange = { fromIndex, toIndex, ratio }
  if (from.year !== undefined && to.year !== undefined && to.year > from.year) {
    change.years = to.year - from.year
    if (!NO_CAGR.has(from.unit)) change.cagrPercent = cagrPercent(from.value, to.value, change.years)
  }
  return change
}

// Every from/to pair among a claim's quantities, in either order of writing.
export function deriveChanges(quantities: readonly ExtractedQuantity[]): DerivedChange[] {
  const changes: DerivedChange[] = []
  let open = -1 // index of an end whose partner is not found yet
  quantities.forEach((q, i) => {
    if (q.role === undefined) return
    const partner = open >= 0 ? quantities[open] : undefined
    if (!partner || partner.role === q.role || partner.unit !== q.unit) {
      open = i
      return
    }
    const change = q.role === 'to' ? deriveChange(quantities, open, i) : deriveChange(quantities, i, open)
    if (change) changes.push(change)
    open = -1
  })
  return changes
}
