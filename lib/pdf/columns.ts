import type { Line, PageLines, Segment } from './types'

// A gutter is looked for in the middle of the text's width: columns of a two-column
// page meet there, and a gap nearer the edge is a margin note or a table cell.
const GUTTER_ZONE = [0.25, 0.75] as const
// Text of a column reaches to within this share of the width of the gutter.
const NEAR_GUTTER_SHARE = 0.12
// Each column holds at least this many lines, its lines are wide (a table's cells are
// narrow), and few lines cross the gutter (a title or a footnote may).
const MIN_COLUMN_LINES = 3
const MIN_COLUMN_WIDTH_SHARE = 0.3
const MAX_CROSSING_SHARE = 0.2

// A line in reading order, tagged with the column it belongs to (0 for text across
// the page), so paragraphs never run from one column into the other.
export interface FlowLine extends Line {
  column: number
}

// The page's lines in reading order: for a two-column page, the left column of each
// band of text from top to bottom, then the right one; lines that cross the gutter
// (a title over both columns) separate the bands.
export function readingOrder(page: PageLines): FlowLine[] {
  const gutter = findGutter(page.lines)
  if (gutter === null) return page.lines.map((line) => ({ ...line, column: 0 }))
  const ordered: FlowLine[] = []
  let left: FlowLine[] = []
  let right: FlowLine[] = []
  const flush = () => {
    ordered.push(...left, ...right)
    left = []
    right = []
  }
  for (const line of page.lines) {
    if (line.segments.some((segment) => crosses(segment, gutter))) {
      flush()
      ordered.push({ ...line, column: 0 })
      continue
    }
    const leftPart = line.segments.filter((segment) => segment.x1 <= gutter)
    const rightPart = line.segments.filter((segment) => segment.x0 >= gutter)
    if (leftPart.length) left.push({ ...line, segments: leftPart, column: 1 })
    if (rightPart.length) right.push({ ...line, segments: rightPart, column: 2 })
  }
  flush()
  return ordered
}

// The x of a gutter between two columns, or null for a single-column page.
export function findGutter(lines: readonly Line[]): number | null {
  const segments = lines.flatMap((line) => line.segments)
  if (segments.length < 2 * MIN_COLUMN_LINES) return null
  const textLeft = Math.min(...segments.map((segment) => segment.x0))
  const width = Math.max(...segments.map((segment) => segment.x1)) - textLeft
  let best: { x: number; crossing: number; beside: number } | null = null
  for (const candidate of new Set(segments.map((segment) => segment.x1 + 0.5))) {
    const share = (candidate - textLeft) / width
    if (share < GUTTER_ZONE[0] || share > GUTTER_ZONE[1]) continue
    const score = scoreGutter(lines, candidate, width)
    if (!score) continue
    if (!best || score.crossing < best.crossing || (score.crossing === best.crossing && score.beside > best.beside)) best = { x: candidate, ...score }
  }
  return best?.x ?? null
}

function scoreGutter(lines: readonly Line[], x: number, width: number): { crossing: number; beside: number } | null {
  let crossing = 0
  let tableLike = 0
  const leftWidths: number[] = []
  const rightWidths: number[] = []
  for (const line of lines) {
    if (line.segments.some((segment) => crosses(segment, x))) crossing += 1
    const near = NEAR_GUTTER_SHARE * width
    const left = line.segments.filter((segment) => segment.x1 <= x && segment.x1 >= x - near)
    const right = line.segments.filter((segment) => segment.x0 >= x && segment.x0 <= x + near)
    // A column has one run of text per line on its side; more is a table.
    if (left.length > 1 || right.length > 1) {
      tableLike += 1
      continue
    }
    if (left[0]) leftWidths.push(widthOf(left[0]))
    if (right[0]) rightWidths.push(widthOf(right[0]))
  }
  const beside = Math.min(leftWidths.length, rightWidths.length)
  if (beside < MIN_COLUMN_LINES || tableLike > MAX_CROSSING_SHARE * beside || crossing > MAX_CROSSING_SHARE * (leftWidths.length + rightWidths.length)) return null
  if (median(leftWidths) < MIN_COLUMN_WIDTH_SHARE * width || median(rightWidths) < MIN_COLUMN_WIDTH_SHARE * width) return null
  return { crossing, beside }
}

const crosses = (segment: Segment, x: number) => segment.x0 < x && segment.x1 > x
const widthOf = (segment: Segment) => segment.x1 - segment.x0

function median(values: number[]): number {
  const sorted = [...values].sort((p, q) => p - q)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}
