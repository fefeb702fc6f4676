// All quantities of a text, with their years, periods and change roles.

import { attachContext } from './attach-context'
import { scanText } from './find-quantities'
import type { ExtractedQuantity } from './types'

export function extractQuantities(text: string): ExtractedQuantity[] {
  const { quantities, markers, times } = scanText(text)
  return attachContext(text, quantities, markers, times)
}
