// The badge's colour for each tone of a figure comparison (lib/evidence/comparison-label.ts).
import type { ComparisonTone } from '@/lib/evidence/comparison-label'

export const COMPARISON_TONE_CLASSES: Record<ComparisonTone, string> = {
  match: 'bg-emerald-100 text-emerald-900',
  near: 'bg-amber-100 text-amber-900',
  far: 'bg-red-100 text-red-900',
  neutral: 'bg-stone-200 text-stone-700',
}
