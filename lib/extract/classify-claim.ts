// The kind of a claim. Order matters: a question or an opinion without a
// figure is an OPINION even if it names a number; a forecast is a PREDICTION
// before it is a STATISTIC, because it cannot be checked against data yet.

import type { ClaimSignals } from './claim-signals'
import type { ClaimKind } from './types'

export function classifyClaim(signals: ClaimSignals): ClaimKind {
  if (signals.isQuestion) return 'OPINION'
  if (signals.hasOpinion && signals.quantityCount === 0) return 'OPINION'
  if (signals.hasPrediction) return 'PREDICTION'
  if (signals.hasRank) return 'RANKING'
  if (signals.hasComparison) return 'COMPARISON'
  if (signals.quantityCount > 0) return 'STATISTIC'
  if (signals.hasSuperlative && signals.hasNamedEntity) return 'RANKING'
  if (signals.hasOpinion || signals.hasRhetoric) return 'OPINION'
  return 'FACTUAL'
}
