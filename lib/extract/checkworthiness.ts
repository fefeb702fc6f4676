// Check-worthiness 0–1: how much a fact-checker gains by checking this claim.
// Additive weights over explainable signals, so each score comes with its
// reasons. Figures, sources and superlatives raise it; hedging, opinion and
// rhetoric lower it (they are shown, but last).

import type { ClaimSignals } from './claim-signals'
import type { CheckworthinessReason } from './types'

const BASE = 0.3

type Rule = [code: string, weight: number, applies: (s: ClaimSignals) => boolean]

const RULES: Rule[] = [
  ['has_number', 0.3, (s) => s.quantityCount > 0],
  ['several_numbers', 0.05, (s) => s.quantityCount > 1],
  ['many_numbers', 0.05, (s) => s.quantityCount > 3],
  ['has_attribution', 0.1, (s) => s.hasAttribution],
  ['superlative', 0.1, (s) => s.hasSuperlative],
  ['causal_verb', 0.1, (s) => s.hasCausal],
  ['comparison', 0.05, (s) => s.hasComparison],
  ['named_entity', 0.05, (s) => s.hasNamedEntity],
  ['has_date', 0.05, (s) => s.hasYear],
  ['hedging', -0.1, (s) => s.hasHedging],
  ['prediction', -0.1, (s) => s.hasPrediction],
  ['opinion_marker', -0.25, (s) => s.hasOpinion],
  ['question', -0.3, (s) => s.isQuestion],
  ['rhetoric', -0.15, (s) => s.hasRhetoric || s.isExclamation],
  ['too_short', -0.15, (s) => s.wordCount < 5],
]

export function scoreCheckworthiness(signals: ClaimSignals): { checkworthiness: number; reasons: CheckworthinessReason[] } {
  const reasons: CheckworthinessReason[] = RULES.filter(([, , applies]) => applies(signals)).map(([code, weight]) => ({ code, weight }))
  const total = reasons.reduce((sum, reason) => sum + reason.weight, BASE)
  // Rounded to hundredths: a score, not a measurement.
  const checkworthiness = Math.round(Math.min(1, Math.max(0, total)) * 100) / 100
  return { checkworthiness, reasons }
}
