import type { Qualifier } from '@/lib/db/generated/enums'
import type { Quantity } from '@/lib/db/generated/client'
import type { QuantityPeriod } from '@/lib/extract/types'

// A quantity as pages, the API and kept anchors show it. Decimals travel as strings.
export interface QuantityView {
  id: string
  start: number
  end: number
  text: string
  value: string
  valueMax: string | null
  unit: string
  countedNoun: string | null
  qualifier: Qualifier | null
  year: number | null
  period: QuantityPeriod | null
  role: string | null
}

export function toQuantityView(quantity: Quantity): QuantityView {
  return {
    id: quantity.id,
    start: quantity.start,
    end: quantity.end,
    text: quantity.text,
    value: quantity.value.toFixed(),
    valueMax: quantity.valueMax?.toFixed() ?? null,
    unit: quantity.unit,
    countedNoun: quantity.countedNoun,
    qualifier: quantity.qualifier,
    year: quantity.year,
    period: quantity.period as QuantityPeriod | null,
    role: quantity.role,
  }
}
