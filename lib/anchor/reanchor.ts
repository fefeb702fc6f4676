// Re-anchors annotations from one revision's text to the next. A wrong anchor (a
// verdict shown on the wrong words) is worse than an orphan, so every step demands
// evidence beyond the quote itself, and anything ambiguous is orphaned.
import { buildPositionMap, type PositionMap } from './position-map'
import { exactOccurrences } from './find-candidates'
import { bestFuzzy, hasCloserRival, MIN_CONTEXT } from './rank-candidates'
import { quantityKey, type AnchorInput, type ScoredCandidate } from './score-candidate'
import { similarity } from './edit-distance'

export type { AnchorInput } from './score-candidate'

export type ReanchorStatus = 'exact' | 'moved' | 'fuzzy' | 'orphaned'

export interface ReanchorResult {
  id: string
  status: ReanchorStatus
  start?: number
  end?: number
  quote?: string
  numbersChanged: boolean
  score?: number
}

// Characters around the expected offset searched before the whole text.
const NEAR_WINDOW = 4_000
// The same, for a quote that occurs more than once in the old text.
const NEAR_REPEATED = 300
// Beyond this uncertainty of the position estimate, a repeated quote is not followed.
const MAX_REPEATED_UNCERTAINTY = 1_500
// Other copies of a repeated quote whose surroundings are compared with a candidate's.
const MAX_COPIES_COMPARED = 50
// Context, both sides on average, for a quote found far from where it should be.
const MIN_CONTEXT_FAR = 0.85
// Context a repeated quote needs: both sides, on average.
const MIN_CONTEXT_REPEATED = 0.7

export function reanchor(oldText: string, newText: string, anchors: readonly AnchorInput[]): ReanchorResult[] {
  const map = buildPositionMap(oldText, newText)
  return anchors.map((anchor) => reanchorOne(oldText, newText, map, anchor))
}

function reanchorOne(oldText: string, newText: string, map: PositionMap, anchor: AnchorInput): ReanchorResult {
  const { id, start, end, exact } = anchor
  const length = end - start
  if (exact.length === 0) return orphan(id)
  const mapped = map.exact(start)
  if (mapped !== null && map.exact(end) === mapped + length && newText.slice(mapped, mapped + length) === exact) {
    return found(id, mapped === start ? 'exact' : 'moved', mapped, mapped + length, exact, false, 1)
  }
  const { at: expected, uncertainty } = map.estimate(start)
  // the quote still at its old offset counts only if nothing says it is another copy
  // that slid there: not another unit's counterpart, and where the estimate expects it
  const origin = map.origin(start)
  const isInPlace = origin === start || (origin === null && Math.abs(expected - start) <= uncertainty + length)
  if (isInPlace && newText.slice(start, end) === exact && contextOf(newText, anchor, start, end) >= MIN_CONTEXT) {
    return found(id, 'exact', start, end, exact, false, 1)
  }
  const oldQuantities = quantityKey(exact)
  const isUniqueInOld = exactOccurrences(oldText, exact, { from: 0, to: oldText.length }, 2).length === 1
  if (!isUniqueInOld) return followRepeated(oldText, newText, map, anchor, { expected, uncertainty }, oldQuantities)
  const moved = nearestExact(newText, map, anchor, expected, NEAR_WINDOW)
  if (moved !== null) {
    if (hasCloserRival(newText, anchor, expected, moved, oldQuantities)) return orphan(id)
    return found(id, moved === start ? 'exact' : 'moved', moved, moved + exact.length, exact, false, 1)
  }
  const near = { from: Math.max(0, expected - NEAR_WINDOW), to: Math.min(newText.length, expected + exact.length + NEAR_WINDOW) }
  let best = bestFuzzy(newText, anchor, expected, oldQuantities, near)
  if (!best) {
    // moved far (a paragraph move): a quote that had no copy, and has exactly one now
    const far = nearestExact(newText, map, anchor, expected, newText.length, true)
    if (far !== null && contextOf(newText, anchor, far, far + exact.length, true) >= MIN_CONTEXT_FAR) return found(id, 'moved', far, far + exact.length, exact, false, 1)
    best = bestFuzzy(newText, anchor, expected, oldQuantities, { from: 0, to: newText.length }, true)
  }
  return fromCandidate(id, newText, anchor, best)
}

// A quote repeated in the old text (a recurring sentence or figure): its copies
// near the old position must still be there near the new one, in the same order —
// then it is the one of the same rank. Otherwise one copy changed and we cannot
// tell which, unless it had no copy nearby and an edited counterpart is found.
function followRepeated(
  oldText: string,
  newText: string,
  map: PositionMap,
  anchor: AnchorInput,
  { expected, uncertainty }: { expected: number; uncertainty: number },
  oldQuantities: string,
): ReanchorResult {
  const { id, start, exact } = anchor
  if (uncertainty > MAX_REPEATED_UNCERTAINTY) return orphan(id)
  // the old stretch is wider by the uncertainty, so it holds every copy the new one can
  const reach = NEAR_REPEATED + uncertainty
  const around = (at: number, text: string, halfWidth: number) => ({ from: Math.max(0, at - halfWidth), to: Math.min(text.length, at + exact.length + halfWidth) })
  const oldNear = exactOccurrences(oldText, exact, around(start, oldText, reach + uncertainty + NEAR_REPEATED))
  const newNear = exactOccurrences(newText, exact, around(expected, newText, reach))
  // a copy known to come from elsewhere (a moved paragraph) breaks the count
  if (newNear.some((at) => map.origin(at) !== null && !oldNear.includes(map.origin(at)!))) return orphan(id)
  const rank = oldNear.indexOf(start)
  if (rank === -1) return orphan(id) // the anchor's quote is not the old text at its offsets
  if (newNear.length === oldNear.length) {
    const at = newNear[rank]!
    if (map.origin(at) !== null && map.origin(at) !== start) return orphan(id)
    if (contextOf(newText, anchor, at, at + exact.length, true) < MIN_CONTEXT_REPEATED) return orphan(id)
    if (hasCloserRival(newText, anchor, expected, at, oldQuantities)) return orphan(id)
    if (resemblesAnotherCopy(oldText, newText, anchor, at, at + exact.length)) return orphan(id)
    return found(id, at === start ? 'exact' : 'moved', at, at + exact.length, exact, false, 1)
  }
  if (oldNear.length > 1 || newNear.length > 0) return orphan(id)
  const best = bestFuzzy(newText, anchor, expected, oldQuantities, around(expected, newText, reach))
  if (best && resemblesAnotherCopy(oldText, newText, anchor, best.start, best.end)) return orphan(id)
  return fromCandidate(id, newText, anchor, best)
}

// Whether the surroundings of a span in the new text are at least as like those of
// another old copy of the quote as like the anchor's own: then it may be that copy.
function resemblesAnotherCopy(oldText: string, newText: string, anchor: AnchorInput, start: number, end: number): boolean {
  const around = (prefix: string, suffix: string) => contextOf(newText, { ...anchor, prefix, suffix }, start, end, true)
  const own = around(anchor.prefix, anchor.suffix)
  const length = anchor.exact.length
  return exactOccurrences(oldText, anchor.exact, { from: 0, to: oldText.length }, MAX_COPIES_COMPARED).some(
    (at) =>
      at !== anchor.start &&
      around(oldText.slice(Math.max(0, at - anchor.prefix.length), at), oldText.slice(at + length, at + length + anchor.suffix.length)) >= own,
  )
}

function fromCandidate(id: string, newText: string, anchor: AnchorInput, best: ScoredCandidate | null): ReanchorResult {
  if (!best) return orphan(id)
  // exact copies were the exact stage's to take or refuse; a fuzzy span on one of
  // them (or cutting into one) would bypass that decision
  const length = anchor.exact.length
  const copies = exactOccurrences(newText, anchor.exact, { from: best.start - length, to: best.end + length })
  if (copies.some((at) => at < best.end && at + length > best.start)) return orphan(id)
  const quote = newText.slice(best.start, best.end)
  return found(id, 'fuzzy', best.start, best.end, quote, !best.hasSameNumbers, best.score)
}

// The better side of the context, or with isBothSides the average of the two.
function contextOf(newText: string, anchor: AnchorInput, start: number, end: number, isBothSides = false): number {
  const prefix = similarity(anchor.prefix, newText.slice(Math.max(0, start - anchor.prefix.length), start))
  const suffix = similarity(anchor.suffix, newText.slice(end, end + anchor.suffix.length))
  return isBothSides ? (prefix + suffix) / 2 : Math.max(prefix, suffix)
}

// The exact occurrence whose context matches, nearest the expected offset; null when
// none matches or two equally good ones are about as near (a repeated paragraph).
function nearestExact(newText: string, map: PositionMap, anchor: AnchorInput, expected: number, maxDistance: number, mustBeUnique = false): number | null {
  const occurrences = exactOccurrences(newText, anchor.exact, { from: 0, to: newText.length }).filter(
    (at) => map.origin(at) === null || map.origin(at) === anchor.start, // not another span's known counterpart
  )
  if (mustBeUnique && occurrences.length !== 1) return null
  const inRange = occurrences
    .map((at) => ({ at, context: contextOf(newText, anchor, at, at + anchor.exact.length), distance: Math.abs(at - expected) }))
    .filter((candidate) => candidate.distance <= maxDistance)
  // two copies in range and the nearest is not the best matching one: cannot tell
  const nearest = [...inRange].sort((a, b) => a.distance - b.distance)[0]
  if (nearest && inRange.some((other) => other !== nearest && other.context > nearest.context)) return null
  const scored = inRange.filter((candidate) => candidate.context >= MIN_CONTEXT)
  if (scored.length === 0) return null
  const bestContext = Math.max(...scored.map((candidate) => candidate.context))
  const contenders = scored.filter((candidate) => candidate.context >= bestContext - 0.1).sort((a, b) => a.distance - b.distance)
  const [first, second] = contenders
  if (second && !(first!.distance * 3 < second.distance)) return null
  return first!.at
}

function found(id: string, status: ReanchorStatus, start: number, end: number, quote: string, numbersChanged: boolean, score: number): ReanchorResult {
  return { id, status, start, end, quote, numbersChanged, score: Math.round(score * 1000) / 1000 }
}

function orphan(id: string): ReanchorResult {
  return { id, status: 'orphaned', numbersChanged: false }
}
