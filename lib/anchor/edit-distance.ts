// Edit distances for re-anchoring. Costs are in UTF-16 code units (1 per insertion,
// deletion or substitution), so a similarity is comparable with a quote's length.

export interface ApproxMatch {
  start: number
  end: number // exclusive
  errors: number
}

// The substring of text[from, to) closest to `pattern` (semi-global Sellers DP), or
// null when every substring needs more than maxErrors edits. Each cell carries the
// start of its best path, so no traceback is needed. O(|pattern| · (to - from)).
export function bestMatchIn(pattern: string, text: string, from: number, to: number, maxErrors: number): ApproxMatch | null {
  const m = pattern.length
  const lo = Math.max(0, from)
  const hi = Math.min(text.length, to)
  if (m === 0 || hi <= lo) return null
  // column over pattern positions 0..m for the current text position
  let cost = new Int32Array(m + 1)
  let start = new Int32Array(m + 1)
  let nextCost = new Int32Array(m + 1)
  let nextStart = new Int32Array(m + 1)
  for (let i = 0; i <= m; i++) cost[i] = i
  start.fill(lo) // paths entering from before the window start at its edge
  let best: ApproxMatch | null = null
  for (let j = lo; j < hi; j++) {
    const c = text.charCodeAt(j)
    nextCost[0] = 0
    nextStart[0] = j + 1
    for (let i = 1; i <= m; i++) {
      let value = cost[i - 1]! + (pattern.charCodeAt(i - 1) === c ? 0 : 1)
      let origin = i === 1 ? j : start[i - 1]!
      if (cost[i]! + 1 < value) {
        value = cost[i]! + 1
        origin = start[i]!
      }
      if (nextCost[i - 1]! + 1 < value) {
        value = nextCost[i - 1]! + 1
        origin = nextStart[i - 1]!
      }
      nextCost[i] = value
      nextStart[i] = origin
    }
    const errors = nextCost[m]!
    if (errors <= maxErrors && (!best || errors < best.errors)) best = { start: nextStart[m]!, end: j + 1, errors }
    ;[cost, nextCost] = [nextCost, cost]
    ;[start, nextStart] = [nextStart, start]
  }
  return best
}

// Levenshtein distance of two short strings (contexts are 32 characters).
export function editDistance(a: string, b: string): number {
  if (a === b) return 0
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.length]!
}

// 1 for equal strings, 0 for nothing in common; an empty expected context matches.
export function similarity(expected: string, actual: string): number {
  if (expected.length === 0) return 1
  return Math.max(0, 1 - editDistance(expected, actual) / expected.length)
}
