// A cheap diff of two revisions at sentence level, computed once per revision:
// units (a line, or a sentence ending in ". ") that occur exactly once in both
// texts, alone or as a pair of neighbours, are taken as the same unit, then grown
// into equal neighbours; any offset inside a matched unit maps directly. A repeated
// sentence is only matched next to a sure match — on its own it could be either copy.

export interface PositionMap {
  // The new offset of an old offset inside a matched unit, else null.
  exact(offset: number): number | null
  // The old offset of a new offset inside a matched unit, else null.
  origin(offset: number): number | null
  // Best guess of where an old offset went: interpolated between the nearest mapped units around it.
  // Uncertainty: how far (characters) the true offset may be from `at`.
  estimate(offset: number): { at: number; uncertainty: number }
}

interface Line {
  start: number
  text: string
}

function splitLines(text: string): Line[] {
  const lines: Line[] = []
  const boundary = /\n|(?<=[.!?]["”’)]?) /g
  let start = 0
  for (const match of text.matchAll(boundary)) {
    const end = match.index + 1
    lines.push({ start, text: text.slice(start, end) })
    start = end
  }
  lines.push({ start, text: text.slice(start) })
  return lines
}

// Units compare without their trailing space or line break: a sentence that ends a
// paragraph in one place and runs on in another is still the same repeated sentence.
const keyOf = (line: Line) => line.text.trimEnd()
// Shorter units ("Yes. ") are too common to identify a place.
const MIN_UNIT_LENGTH = 20

function unitAt(lines: Line[], offset: number): number {
  let lo = 0
  let hi = lines.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (lines[mid]!.start <= offset) lo = mid
    else hi = mid - 1
  }
  return lo
}

// The key of `width` units from `index`, or null when too short to identify a place.
function keyAt(lines: Line[], index: number, width: number): string | null {
  if (index + width > lines.length) return null
  const keys = lines.slice(index, index + width).map(keyOf)
  // a blank unit (paragraph break) says little: "X." before a break is common
  if (width > 1 && keys.some((key) => key === '')) return null
  const key = keys.join('\u0000')
  return key.length >= MIN_UNIT_LENGTH * width ? key : null
}

function countKeys(keys: (string | null)[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const key of keys) if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1)
  return counts
}

export function buildPositionMap(oldText: string, newText: string): PositionMap {
  const oldLines = splitLines(oldText)
  const newLines = splitLines(newText)
  const { matchTo, backbone } = matchUnits(oldLines, newLines)
  const mapped = Array.from(matchTo, (index) => (index === -1 ? null : newLines[index]!.start))
  const lineIndexOf = (offset: number) => unitAt(oldLines, offset)
  const matchFrom = new Int32Array(newLines.length).fill(-1)
  matchTo.forEach((index, oldIndex) => index !== -1 && (matchFrom[index] = oldIndex))
  const sharedPrefix = commonPrefixLength(oldText, newText)
  return {
    origin(offset) {
      const index = unitAt(newLines, offset)
      const source = matchFrom[index]!
      return source === -1 ? null : oldLines[source]!.start + offset - newLines[index]!.start
    },
    exact(offset) {
      const index = lineIndexOf(offset)
      const target = mapped[index]
      return target === null || target === undefined ? null : target + offset - oldLines[index]!.start
    },
    estimate(offset) {
      if (offset <= sharedPrefix) return { at: offset, uncertainty: 0 }
      const index = lineIndexOf(offset)
      let before = index
      while (before >= 0 && !backbone[before]) before--
      let after = index + 1
      while (after < oldLines.length && !backbone[after]) after++
      const clamp = (value: number) => Math.max(0, Math.min(newText.length, Math.round(value)))
      if (before < 0) return { at: clamp(offset), uncertainty: newText.length }
      const fromBefore = mapped[before]! + offset - oldLines[before]!.start
      if (before === index) return { at: clamp(fromBefore), uncertainty: 0 }
      if (after >= oldLines.length) return { at: clamp(fromBefore), uncertainty: newText.length }
      // between two mapped units: spread the change in length evenly over the gap;
      // the whole change is how far off that can be
      const oldGap = oldLines[after]!.start - oldLines[before]!.start
      const newGap = mapped[after]! - mapped[before]!
      return { at: clamp(mapped[before]! + ((offset - oldLines[before]!.start) * newGap) / oldGap), uncertainty: Math.abs(newGap - oldGap) }
    },
  }
}

function commonPrefixLength(a: string, b: string): number {
  const limit = Math.min(a.length, b.length)
  let i = 0
  while (i < limit && a.charCodeAt(i) === b.charCodeAt(i)) i++
  return i
}

// Old unit → new unit index (-1: unmatched). Units unique on both sides match first
// (as in patience diff); the in-order ones then grow into their equal neighbours, so
// repeated sentences next to a sure match are matched too.
function matchUnits(oldLines: Line[], newLines: Line[]): { matchTo: Int32Array; backbone: boolean[] } {
  const matchTo = new Int32Array(oldLines.length).fill(-1)
  // single units first, then pairs of neighbours: a sentence repeated across the
  // text is rarely repeated together with the sentence after it
  for (const width of [1, 2]) {
    const oldKeys = oldLines.map((_, index) => keyAt(oldLines, index, width))
    const newKeys = newLines.map((_, index) => keyAt(newLines, index, width))
    const oldCounts = countKeys(oldKeys)
    const newCounts = countKeys(newKeys)
    const newIndexOf = new Map<string, number>()
    newKeys.forEach((key, index) => key !== null && newCounts.get(key) === 1 && newIndexOf.set(key, index))
    oldKeys.forEach((key, index) => {
      const target = key === null || oldCounts.get(key) !== 1 ? undefined : newIndexOf.get(key)
      if (target === undefined || matchTo[index] !== -1) return
      matchTo[index] = target
    })
  }
  const backbone = inOrder(Array.from(matchTo, (index) => (index === -1 ? null : index)))
  const isNewUsed = new Uint8Array(newLines.length)
  matchTo.forEach((index) => index !== -1 && (isNewUsed[index] = 1))
  const seeds = backbone.flatMap((isSeed, index) => (isSeed ? [index] : []))
  for (const seed of seeds) {
    for (const step of [1, -1]) {
      for (let i = seed + step, j = matchTo[seed]! + step; i >= 0 && j >= 0 && i < oldLines.length && j < newLines.length; i += step, j += step) {
        if (matchTo[i] !== -1 || isNewUsed[j] || keyOf(oldLines[i]!) !== keyOf(newLines[j]!)) break
        matchTo[i] = j
        isNewUsed[j] = 1
        backbone[i] = true
      }
    }
  }
  return { matchTo, backbone }
}

// The mapped units that kept their order (longest increasing run of new offsets, as
// in patience diff): a moved paragraph maps exactly but says nothing about where its
// old neighbours went.
function inOrder(mapped: (number | null)[]): boolean[] {
  const tails: number[] = [] // index into mapped of the smallest tail of each run length
  const previous = new Int32Array(mapped.length).fill(-1)
  mapped.forEach((value, index) => {
    if (value === null) return
    let lo = 0
    let hi = tails.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (mapped[tails[mid]!]! < value) lo = mid + 1
      else hi = mid
    }
    if (lo > 0) previous[index] = tails[lo - 1]!
    tails[lo] = index
  })
  const isInOrder = mapped.map(() => false)
  for (let index = tails[tails.length - 1] ?? -1; index !== -1; index = previous[index]!) isInOrder[index] = true
  return isInOrder
}
