// Surface signals of a claim, read from its text: attribution, superlatives,
// causal verbs, hedging, opinion markers… Both the kind and the check-worthiness
// of a claim are decided from these. Word lists, not a model: every signal is
// explainable to a reviewer.

import type { ExtractedQuantity } from './types'

export interface ClaimSignals {
  quantityCount: number
  hasRank: boolean
  hasYear: boolean
  hasAttribution: boolean
  hasSuperlative: boolean
  hasCausal: boolean
  hasComparison: boolean
  hasPrediction: boolean
  hasHedging: boolean
  hasOpinion: boolean
  isQuestion: boolean
  isExclamation: boolean
  hasRhetoric: boolean
  hasNamedEntity: boolean
  wordCount: number
}

const ATTRIBUTION = /\b(?:according to|said|says|told|reported|reports|estimates?|data (?:show|shows|from|suggest)|figures (?:show|from)|survey|study|studies|statistics|census|report|announced|published|cited|found that|shows that)\b/
const SUPERLATIVE = /\b(?:largest|biggest|highest|lowest|most|least|best|worst|first|record|leading|fastest|slowest|only|top|greatest|smallest|richest|poorest|\w+-largest)\b/
const CAUSAL = /\b(?:because|due to|caused|causes|cause|led to|leads to|lead to|result(?:ed|s)? in|as a result|driven by|contribut(?:ed|es|ing) to|thanks to|therefore|owing to|influenc(?:ed|es)|triggered|boosted|eroded|prompted|fuelled|fueled|helped)\b/
const COMPARISON = /\b(?:than|compared (?:with|to)|versus|vs|twice as|times as|\w+fold|outpaced|overtook|outperformed|doubled|tripled|halved)\b/
const PREDICTION = /\b(?:will|shall|going to|(?:is|are) expected to|forecasts?|projected|projections?|predicts?|predicted|set to|by 20[3-9]\d|could reach|would reach|in the coming|next year|next decade)\b/
// "in May", "May 2024": the month, not the modal verb.
const MONTH_MAY = /\b(?:in|on|of|since|until|from|to|by|early|late|mid-?|last|next|this|during)\s+may\b|\bmay\s+\d/g
const HEDGING = /\b(?:may|might|could|possibly|perhaps|reportedly|allegedly|appears? to|seems? to|suggests?|likely|unclear|estimated|probably|potentially)\b/
const OPINION = /\b(?:i think|i believe|we believe|in my view|in our view|should|must|ought|arguably|clearly|obviously|undoubtedly|unfortunately|fortunately|shameful|disgrace(?:ful)?|wonderful|terrible|champion|equitable|decisive|it is time|need to|deserves?|brilliant|disastrous|outrageous|magnificent|pathetic|beautiful|remarkable|strategic importance)\b/
const RHETORIC = /\b(?:so-called|of course|everyone knows|no one can deny|make no mistake|let us|let's)\b/
const YEAR = /\b(?:1[89]|20)\d\d\b/

// Removes the quantities' own text, so "more than 5" is not read as a comparison.
function withoutQuantities(text: string, offset: number, quantities: readonly ExtractedQuantity[]): string {
  let result = ''
  let cursor = 0
  for (const q of quantities) {
    const start = q.start - offset
    if (start < cursor) continue
    result += `${text.slice(cursor, start)} # `
    cursor = q.end - offset
  }
  return result + text.slice(cursor)
}

function hasNamedEntity(text: string): boolean {
  // A capitalized word after the first word: a name, a place, an organisation.
  return /\s[A-Z][a-zA-Z]+/.test(text)
}

export function claimSignals(text: string, offset: number, quantities: readonly ExtractedQuantity[]): ClaimSignals {
  const lower = withoutQuantities(text, offset, quantities).toLowerCase()
  const trimmed = text.trimEnd().replace(/["”’)\]]+$/, '')
  return {
    quantityCount: quantities.length,
    hasRank: quantities.some((q) => q.unit === 'rank'),
    hasYear: YEAR.test(text),
    hasAttribution: ATTRIBUTION.test(lower),
    hasSuperlative: SUPERLATIVE.test(lower) || quantities.some((q) => q.unit === 'rank'),
    hasCausal: CAUSAL.test(lower),
    hasComparison: COMPARISON.test(lower) || quantities.some((q) => q.unit === 'times'),
    hasPrediction: PREDICTION.test(lower),
    hasHedging: HEDGING.test(lower.replace(MONTH_MAY, ' ')),
    hasOpinion: OPINION.test(lower),
    isQuestion: trimmed.endsWith('?'),
    isExclamation: trimmed.endsWith('!'),
    hasRhetoric: RHETORIC.test(lower),
    hasNamedEntity: hasNamedEntity(text),
    wordCount: text.split(/\s+/).filter(Boolean).length,
  }
}
