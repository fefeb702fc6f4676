// Why an earlier check was offered, in the words of the claim panel: "same figure,
// same year; wording 82% similar". Pure.
import type { Comparison } from './compare-claims'

export interface MatchReason {
  wording: number
  figures: 'same' | 'none'
  text: string
}

export function describeMatch(comparison: Comparison): MatchReason {
  const parts = [comparison.figures === 'same' ? 'same figure' : 'no figures to compare', ...(comparison.sharesYear ? ['same year'] : [])]
  return { wording: comparison.wording, figures: comparison.figures, text: `${parts.join(', ')}; wording ${Math.round(comparison.wording * 100)}% similar` }
}
