// A cheap diff of two revisions at paragraph (line) level: lines that occur exactly
// once in both texts are taken as the same line, so any offset inside them maps
// directly. Only unique lines are trusted — a repeated line could be either copy.

export interface PositionMap {
  // The new offset of an old offset inside an unchanged unique line, else null.
  exact(offset: number): number | null
  // Best guess of where an old offset went: shifted like the nearest mapped line before it.
  estimate(offset: number): number
}

interface Line {
  start: number
  text: string
}

function splitLines(text: string): Line[] {
  const lines: Line[] = []
  let start = 0
  for (;;) {
    const end = text.indexOf('\n', start)
    lines.push({ start, text: text.slice(start, end === -1 ? text.length : end) })
    if (end === -1) return lines
    start = end + 1
  }
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
      for (let index = lineIndexOf(offset); index >= 0; index--) {
        const target = mapped[index]
        if (target !== null && target !== undefined) return Math.max(0, Math.min(newText.length, target + offset - oldLines[index]!.start))
      }
      return Math.min(newText.length, offset)
    },
  }
}

function commonPrefixLength(a: string, b: string): number {
  const limit = Math.min(a.length, b.length)
  let i = 0
  while (i < limit && a.charCodeAt(i) === b.charCodeAt(i)) i++
  return i
}
