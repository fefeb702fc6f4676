// What a claim's current ratings add up to. Disagreement stays visible: the whole
// distribution is kept, every modal verdict is named, and a split is flagged.
import type { Verdict } from '@/lib/db/generated/enums'
import { VERDICTS } from './verdicts'

export interface RatingInput {
  verdict: Verdict
  confidence: number
}

export interface RatingAggregate {
  // Number of current ratings, one per reviewer.
  count: number
  // Every verdict of the scale, in scale order, with how many ratings chose it.
  distribution: { verdict: Verdict; count: number }[]
  // Mean of the 1–5 confidences, to 2 decimals; null without ratings.
  meanConfidence: number | null
  // The verdicts with the most ratings (several on a tie), in scale order.
  modalVerdicts: Verdict[]
  // Share (0–1, to 2 decimals) of ratings on a modal verdict; null without ratings.
  agreement: number | null
  // More than one verdict has ratings.
  isSplit: boolean
}

const round2 = (value: number) => Math.round(value * 100) / 100

export function aggregateRatings(ratings: readonly RatingInput[]): RatingAggregate {
  const counts = new Map<Verdict, number>(VERDICTS.map((verdict) => [verdict, 0]))
  for (const rating of ratings) counts.set(rating.verdict, (counts.get(rating.verdict) ?? 0) + 1)
  const distribution = VERDICTS.map((verdict) => ({ verdict, count: counts.get(verdict) ?? 0 }))
  const count = ratings.length
  if (count === 0) return { count, distribution, meanConfidence: null, modalVerdicts: [], agreement: null, isSplit: false }
  const top = Math.max(...distribution.map((entry) => entry.count))
  const sumConfidence = ratings.reduce((sum, rating) => sum + rating.confidence, 0)
  return {
    count,
    distribution,
    meanConfidence: round2(sumConfidence / count),
    modalVerdicts: distribution.filter((entry) => entry.count === top).map((entry) => entry.verdict),
    agreement: round2(top / count),
    isSplit: distribution.filter((entry) => entry.count > 0).length > 1,
  }
}
