// The verdict scale (ClaimReview-compatible): 5 best … 1 worst, with a text label;
// Unverifiable carries no numeric rating. Pure: shared by services and the browser.
import type { Verdict } from '@/lib/db/generated/enums'

// Best to worst, Unverifiable last: the order every list and chart uses.
export const VERDICTS = ['ACCURATE', 'ACCURATE_WITH_CAVEATS', 'MISLEADING', 'INACCURATE', 'FALSE', 'UNVERIFIABLE'] as const satisfies readonly Verdict[]

export const VERDICT_LABELS: Record<Verdict, string> = {
  ACCURATE: 'Accurate',
  ACCURATE_WITH_CAVEATS: 'Accurate with caveats',
  MISLEADING: 'Misleading',
  INACCURATE: 'Inaccurate',
  FALSE: 'False',
  UNVERIFIABLE: 'Unverifiable',
}

// schema.org ClaimReview reviewRating.ratingValue (worstRating 1, bestRating 5).
const RATING_VALUES: Record<Verdict, number | null> = {
  ACCURATE: 5,
  ACCURATE_WITH_CAVEATS: 4,
  MISLEADING: 3,
  INACCURATE: 2,
  FALSE: 1,
  UNVERIFIABLE: null,
}

export const CONFIDENCE_LEVELS = [1, 2, 3, 4, 5] as const

export function isVerdict(value: unknown): value is Verdict {
  return typeof value === 'string' && (VERDICTS as readonly string[]).includes(value)
}

export function verdictLabel(verdict: Verdict): string {
  return VERDICT_LABELS[verdict]
}

export function verdictRatingValue(verdict: Verdict): number | null {
  return RATING_VALUES[verdict]
}
