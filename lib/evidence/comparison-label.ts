// How a source's figure compares with the claim's, in words and a tone: for the badge in
// the claim panel and for the reports. Pure, so the wording is tested without rendering.
import type { FigureComparison } from '@/lib/evidence/compare-figure'
import { currencyName } from '@/lib/claims/format-quantity'

export type ComparisonTone = 'match' | 'near' | 'far' | 'neutral'

// A difference this large (in percent, either way) is shown as a contradiction in red;
// smaller ones in amber, since rounding and revisions often explain them.
const FAR_PERCENT = 10

export interface ComparisonLabel {
  text: string
  tone: ComparisonTone
  // A sentence for the badge's title and screen readers.
  description: string
}

export function comparisonLabel(comparison: FigureComparison): ComparisonLabel {
  switch (comparison.kind) {
    case 'matches':
      return { text: 'matches', tone: 'match', description: "The source's figure matches the claim's." }
    case 'differs': {
      if (comparison.percent === null) return { text: 'differs', tone: 'far', description: "The source's figure differs from the claim's." }
      const magnitude = Math.abs(Number(comparison.percent))
      return {
        text: `differs by ${comparison.percent}%`,
        tone: magnitude >= FAR_PERCENT ? 'far' : 'near',
        description: `The source's figure differs from the claim's by ${comparison.percent}% of the source's value.`,
      }
    }
    case 'incomparable':
      if (comparison.reason === 'currency') {
        const [claim, source] = [currencyName(comparison.claimCurrency), currencyName(comparison.sourceCurrency)]
        return { text: 'different currency', tone: 'neutral', description: `The claim is in ${claim}, the source in ${source}: without exchange rates they cannot be compared.` }
      }
      return comparison.reason === 'unit'
        ? { text: 'different unit', tone: 'neutral', description: 'The source gives the figure in a different unit: it cannot be compared.' }
        : { text: 'different period', tone: 'neutral', description: 'The source gives the figure for a different year: it cannot be compared.' }
    case 'unparsed':
      return { text: 'could not read the figure', tone: 'neutral', description: 'The figure as typed could not be read as a number: check how it was written.' }
  }
}
