// A cheap diff of two revisions at sentence level: units (a line, or a sentence
// ending in ". ") that occur exactly once in both texts are taken as the same unit,
// so any offset inside them maps directly. Only unique units are trusted — a
// repeated sentence could be either copy.

export interface PositionMap {
  // The new offset of an old offset inside an unchanged unique line, else null.
  exact(offset: number): number | null
  // Best guess of where an old offset went: interpolated between the nearest mapped units around it.
  estimate(offset: number): number
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

function countLines(lines: Line[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const line of lines) counts.set(line.text, (counts.get(line.text) ?? 0) + 1)
  return counts
}

export function buildPositionMap(oldText: string, newText: string): PositionMap {
  const oldLines = splitLines(oldText)
  const newLines = splitLines(newText)
  const oldCounts = countLines(oldLines)
  const newCounts = countLines(newLines)
  const newStartOf = new Map<string, number>()
  for (const line of newLines) if (newCounts.get(line.text) === 1) newStartOf.set(line.text, line.start)
  // per old line: its new start when unique on both sides and non-blank
  const mapped: (number | null)[] = oldLines.map((line) =>
    line.text.trim() !== '' && oldCounts.get(line.text) === 1 ? (newStartOf.get(line.text) ?? null) : null,
  )
  const backbone = inOrder(mapped)
  const lineIndexOf = (offset: number): number => {
    let lo = 0
    let hi = oldLines.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (oldLines[mid]!.start <= offset) lo = mid
      else hi = mid - 1
    }
    return lo
  }
  const sharedPrefix = commonPrefixLength(oldText, newText)
  return {
    exact(offset) {
      const index = lineIndexOf(offset)
      const target = mapped[index]
      return target === null || target === undefined ? null : target + offset - oldLines[index]!.start
    },
    estimate(offset) {
      if (offset <= sharedPrefix) return offset
      const index = lineIndexOf(offset)
      let before = index
      while (before >= 0 && !backbone[before]) before--
      let after = index + 1
      while (after < oldLines.length && !backbone[after]) after++
      const clamp = (value: number) => Math.max(0, Math.min(newText.length, Math.round(value)))
      if (before < 0) return clamp(offset)
      const fromBefore = mapped[before]! + offset - oldLines[before]!.start
      if (before === index || after >= oldLines.length || mapped[after]! <= mapped[before]!) return clamp(fromBefore)
      // between two mapped units: spread the change in length evenly over the gap
      const oldGap = oldLines[after]!.start - oldLines[before]!.start
      const newGap = mapped[after]! - mapped[before]!
      return clamp(mapped[before]! + ((offset - oldLines[before]!.start) * newGap) / oldGap)
    },
  }
}

function commonPrefixLength(a: string, b: string): number {
  const limit = Math.min(a.length, b.length)
  let i = 0
  while (i < limit && a.charCodeAt(i) === b.charCodeAt(i)) i++
  return i
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
