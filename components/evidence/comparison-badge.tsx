import type { FigureComparison } from '@/lib/evidence/compare-figure'
import { comparisonLabel } from '@/lib/evidence/comparison-label'
import { COMPARISON_TONE_CLASSES } from './comparison-tone'

export function ComparisonBadge({ comparison }: { comparison: FigureComparison }) {
  const label = comparisonLabel(comparison)
  return (
    <span data-testid="figure-comparison" title={label.description} className={`rounded px-1.5 py-0.5 text-xs font-medium ${COMPARISON_TONE_CLASSES[label.tone]}`}>
      {label.text}
    </span>
  )
}
