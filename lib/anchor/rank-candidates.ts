// Approximate candidates for an anchor, ranked; and the acceptance rules that keep
// a doubtful candidate from winning. Matching numbers always rank first.
import { bracketedSpans, fuzzyMatches, type Range } from './find-candidates'
import { figureCount, scoreCandidate, type AnchorInput, type ScoredCandidate } from './score-candidate'

// Fuzzy error budget: at most this share of the quote's characters may differ.
const MAX_ERROR_RATE = 0.3
const MIN_QUOTE_SIMILARITY = 1 - MAX_ERROR_RATE
// The same (characters or words), for a span whose context on both sides vouches for
// it as for a changed figure.
const MIN_QUOTE_SIMILARITY_BRACKETED = 0.5
// Context (prefix, suffix) similarity a relocated quote must show on at least one side.
export const MIN_CONTEXT = 0.6
// Context similarity each side of a fuzzy match must keep.
const MIN_CONTEXT_EACH_SIDE = 0.6
// A changed number is only followed when both sides of the context vouch for it.
const MIN_CONTEXT_NUMBERS_CHANGED = 0.75
// Both sides of the context, for a candidate far from where it should be.
const MIN_CONTEXT_FAR = 0.8
// Two candidates closer than this in score cannot be told apart.
const AMBIGUITY_MARGIN = 0.03

function acceptedCandidates(newText: string, anchor: AnchorInput, expected: number, oldQuantities: string, range: Range): ScoredCandidate[] {
  const maxErrors = Math.max(1, Math.floor(anchor.exact.length * MAX_ERROR_RATE))
  const spans: { start: number; end: number; errors?: number }[] = fuzzyMatches(newText, anchor.exact, maxErrors, range)
  const maxLength = Math.ceil(anchor.exact.length * 1.5) + 8
  for (const span of bracketedSpans(newText, anchor.prefix, anchor.suffix, maxLength, range)) spans.push({ start: span.from, end: span.to })
  return spans
    .map((span) => scoreCandidate(newText, anchor, span, expected, oldQuantities))
    .filter(isAcceptable)
    // matching numbers first: a span whose figures changed never beats one whose did not
    .sort((a, b) => Number(b.hasSameNumbers) - Number(a.hasSameNumbers) || b.score - a.score)
}

// isFar: searched beyond where the position estimate points, so both sides of the
// context must agree.
export function bestFuzzy(newText: string, anchor: AnchorInput, expected: number, oldQuantities: string, range: Range, isFar = false): ScoredCandidate | null {
  const [best, ...rest] = acceptedCandidates(newText, anchor, expected, oldQuantities, range)
  if (!best || (isFar && Math.min(best.prefix, best.suffix) < MIN_CONTEXT_FAR)) return null
  const rival = rest.find((other) => other.hasSameNumbers === best.hasSameNumbers && (other.end <= best.start || other.start >= best.end))
  if (rival && best.score - rival.score < AMBIGUITY_MARGIN) return null
  return best
}

// An exact copy found at `at` is doubtful when an acceptable edited candidate lies
// nearer the expected offset: the original may be that one, with a changed figure.
export function hasCloserRival(newText: string, anchor: AnchorInput, expected: number, at: number, oldQuantities: string): boolean {
  const distance = Math.abs(at - expected)
  // only a figure can be edited into a copy of another quote's words
  if (distance <= anchor.exact.length || figureCount(oldQuantities) === 0) return false
  const range = { from: Math.max(0, expected - distance), to: Math.min(newText.length, expected + distance + anchor.exact.length) }
  return acceptedCandidates(newText, anchor, expected, oldQuantities, range).some(
    (candidate) => (candidate.end <= at || candidate.start >= at + anchor.exact.length) && Math.abs(candidate.start - expected) < distance,
  )
}

function isAcceptable(candidate: ScoredCandidate): boolean {
  if (candidate.end <= candidate.start) return false
  const bothSides = Math.min(candidate.prefix, candidate.suffix)
  if (!candidate.hasSameNumbers) {
    // the edited counterpart: surrounded by the same context, quote still recognisable
    return bothSides >= MIN_CONTEXT_NUMBERS_CHANGED && candidate.quote >= 0.5 && candidate.hasSameQuantityCount
  }
  // both sides must still resemble the old context: a match cut short inside an
  // edited sentence has the right start but the wrong words after it
  // a reworded quote between its old, intact surroundings, figures unchanged
  if (Math.max(candidate.quote, candidate.words) >= MIN_QUOTE_SIMILARITY_BRACKETED && bothSides >= MIN_CONTEXT_NUMBERS_CHANGED) return true
  return candidate.quote >= MIN_QUOTE_SIMILARITY && Math.max(candidate.prefix, candidate.suffix) >= MIN_CONTEXT && bothSides >= MIN_CONTEXT_EACH_SIDE
}
