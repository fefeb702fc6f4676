// Our verdict for another fact-checker's rating. Pure.
// A number is placed on ClaimReview's scale (5 true … 1 false) between the review's own
// worstRating and bestRating — schema.org's defaults are 1 and 5 — and rounded. Where
// there is no number, or it lies off its own scale (some publishers write -1 for "no
// number"), the rating's words decide; words we do not recognise give no verdict
// rather than a guess.
import type { Verdict } from '@/lib/db/generated/enums'

export interface RatingLike {
  ratingValue?: number | null
  bestRating?: number | null
  worstRating?: number | null
  ratingName?: string | null
}

const BY_SCORE: Record<number, Verdict> = { 5: 'ACCURATE', 4: 'ACCURATE_WITH_CAVEATS', 3: 'MISLEADING', 2: 'INACCURATE', 1: 'FALSE' }

// First match wins: the qualified phrases ("mostly false", "half true", "not true")
// come before the single words they contain.
const BY_WORDS: [RegExp, Verdict][] = [
  [/\b(unverifiable|unverified|unproven|unsubstantiated|undetermined|unclear|(cannot|can t|could not) be (verified|confirmed)|(insufficient|not enough|no) evidence|research in progress)\b/, 'UNVERIFIABLE'],
  [/\b(misleading|half (true|truth|false)|mixture|mixed|(partly|partially|part|half) (true|false|correct|accurate)|(missing|lacks|needs|out of) context|exaggerat\w*|cherry pick\w*|distort\w*)\b/, 'MISLEADING'],
  [/\b((mostly|largely|mainly) (false|inaccurate|incorrect|wrong)|inaccurate|incorrect|wrong|not (accurate|correct))\b/, 'INACCURATE'],
  [/\b((mostly|largely|mainly) (true|accurate|correct)|(true|accurate|correct) (with|but) \w+)\b/, 'ACCURATE_WITH_CAVEATS'],
  [/\b(false|fake|untrue|not true|fabricated|hoax|baseless|pants on fire|four pinocchios)\b/, 'FALSE'],
  [/\b(true|accurate|correct)\b/, 'ACCURATE'],
]

export function ratingVerdict(rating: RatingLike): Verdict | null {
  return verdictByNumber(rating) ?? verdictByWords(rating.ratingName)
}

function verdictByNumber({ ratingValue, bestRating, worstRating }: RatingLike): Verdict | null {
  if (ratingValue == null) return null
  const best = bestRating ?? 5
  const worst = worstRating ?? 1
  if (best === worst) return null
  const share = (ratingValue - worst) / (best - worst)
  if (share < 0 || share > 1) return null
  return BY_SCORE[Math.round(1 + 4 * share)] ?? null
}

export function verdictByWords(name: string | null | undefined): Verdict | null {
  if (!name) return null
  const words = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
  return BY_WORDS.find(([pattern]) => pattern.test(words))?.[1] ?? null
}
