// All quantities of a text, with their years, periods and change roles.

import { attachContext, hasSentenceBreak } from './attach-context'
import { CURRENCY_FAMILIES, settleCurrency } from './currency-families'
import { scanText } from './find-quantities'
import type { ExtractedQuantity } from './types'

// How far around a figure its sentence is looked for, each way.
const SENTENCE_REACH = 400

export function extractQuantities(text: string): ExtractedQuantity[] {
  const { quantities, markers, times } = scanText(text)
  return settleCurrencies(text, attachContext(text, quantities, markers, times))
}

// "rupees", "lira", "riyals", "dirhams" alone: the country its sentence names, if just one.
function settleCurrencies(text: string, quantities: ExtractedQuantity[]): ExtractedQuantity[] {
  for (const quantity of quantities) {
    if (!(quantity.unit in CURRENCY_FAMILIES)) continue
    let start = quantity.start
    while (start > Math.max(0, quantity.start - SENTENCE_REACH) && !hasSentenceBreak(text, start - 1, start)) start--
    let end = quantity.end
    while (end < Math.min(text.length, quantity.end + SENTENCE_REACH) && !hasSentenceBreak(text, end, end + 1)) end++
    quantity.unit = settleCurrency(quantity.unit, text.slice(start, end))
  }
  return quantities
}
