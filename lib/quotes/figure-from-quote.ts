// The figure a located quote gives, read from the source's own words with the
// extractor and set against the claim's quantity with the evidence figure check
// (lib/evidence/compare-figure.ts), so "claim says $15.3 billion, source says 15.3
// billion dollars on p. 12" is computed rather than typed.
import { compareFigure, type ClaimFigure, type FigureComparison } from '@/lib/evidence/compare-figure'
import { extractQuantities, type ExtractedQuantity } from '@/lib/extract'
import type { QuoteLocation } from './locate-quote'

export interface LocatedFigure {
  text: string // the figure as the source writes it: "15.3 billion dollars"
  value: string
  valueMax: string | null
  unit: string
  page: number | null
  start: number // canonical offsets of the figure in the snapshot
  end: number
  comparison: FigureComparison | null // null without a claim figure
  paragraph: number | null // 1-based block, when the snapshot has no pages
  summary: string // "source says 15.3 billion dollars on p. 12"
}

// What locating gives: the span and the source's own words there.
export type LocatedSpan = Pick<QuoteLocation, 'exact' | 'start' | 'page' | 'blockIndex'>

// Picks among the source's figures: the one the reviewer typed (when it is among them),
// else one that matches the claim's, else one in the claim's unit, else the first. Null
// when nothing was located or it holds no figure.
export function figureFromLocatedQuote(location: LocatedSpan, claim?: ClaimFigure | null, typed?: string | null): LocatedFigure | null {
  if (location.exact === undefined || location.start === undefined) return null
  const quantities = extractQuantities(location.exact)
  if (quantities.length === 0) return null
  const compared = quantities.map((quantity) => ({ quantity, comparison: claim ? compareFigure(claim, quantity.text) : null }))
  const wanted = typed ? extractQuantities(`It was ${typed.trim()}.`)[0] : undefined
  const chosen =
    compared.find(({ quantity }) => wanted && quantity.value === wanted.value && (quantity.unit === wanted.unit || wanted.unit === 'count')) ??
    compared.find((entry) => entry.comparison?.kind === 'matches') ??
    compared.find((entry) => claim && entry.quantity.unit === claim.unit) ??
    compared[0]!
  return describe(chosen.quantity, chosen.comparison, location)
}

function describe(quantity: ExtractedQuantity, comparison: FigureComparison | null, location: LocatedSpan): LocatedFigure {
  const page = location.page ?? null
  const paragraph = page === null && location.blockIndex !== undefined ? location.blockIndex + 1 : null
  const where = page !== null ? ` on p. ${page}` : paragraph !== null ? ` in paragraph ${paragraph}` : ''
  return {
    text: quantity.text,
    value: quantity.value,
    valueMax: quantity.valueMax ?? null,
    unit: quantity.unit,
    page,
    start: location.start! + quantity.start,
    end: location.start! + quantity.end,
    paragraph,
    comparison,
    summary: `source says ${quantity.text}${where}`,
  }
}
