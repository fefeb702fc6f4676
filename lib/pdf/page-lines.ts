import type { TextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api'
import type { Line, PageLines, Segment } from './types'

// A gap wider than this many font sizes between two runs of text on one baseline is
// no word space (even justified text rarely stretches a space past half an em): it
// separates columns or table cells.
const CELL_GAP_EM = 1
// A gap wider than this is a word space the PDF did not write as a character.
const WORD_GAP_EM = 0.15
// Baselines closer than this share a line (subscripts and rounding stay on theirs).
const SAME_LINE_EM = 0.35

interface Fragment {
  text: string
  x0: number
  x1: number
  y: number
  size: number
}

// Turns pdf.js's text items (in content-stream order, which is not always reading
// order) into lines sorted top to bottom, each cut into segments at wide gaps.
export function pageLines(page: number, view: readonly number[], items: ReadonlyArray<TextItem | TextMarkedContent>): PageLines {
  const [left = 0, bottom = 0, right = 612, top = 792] = view
  const fragments: Fragment[] = []
  for (const item of items) {
    if (!('str' in item) || !item.str.trim()) continue
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform as number[]
    // Vertical or rotated text (a stamp, an axis label) is not part of the flow.
    if (Math.abs(b) > 0.01 * Math.abs(a) || Math.abs(c) > 0.01 * Math.abs(d) || a <= 0) continue
    const size = Math.abs(d) || item.height
    fragments.push({ text: item.str, x0: e - left, x1: e - left + item.width, y: top - f, size })
  }
  return { page, width: right - left, height: top - bottom, lines: groupLines(fragments) }
}

function groupLines(fragments: Fragment[]): Line[] {
  fragments.sort((p, q) => p.y - q.y || p.x0 - q.x0)
  const lines: Line[] = []
  let current: Fragment[] = []
  for (const fragment of fragments) {
    const first = current[0]
    if (first && fragment.y - first.y > SAME_LINE_EM * Math.min(first.size, fragment.size)) {
      lines.push(toLine(current))
      current = []
    }
    current.push(fragment)
  }
  if (current.length) lines.push(toLine(current))
  return lines
}

function toLine(fragments: Fragment[]): Line {
  fragments.sort((p, q) => p.x0 - q.x0)
  const size = Math.max(...fragments.map((fragment) => fragment.size))
  const segments: Segment[] = []
  let segment: Segment | undefined
  for (const fragment of fragments) {
    const gap = segment ? fragment.x0 - segment.x1 : Infinity
    if (!segment || gap > CELL_GAP_EM * size) {
      segment = { text: fragment.text, x0: fragment.x0, x1: fragment.x1 }
      segments.push(segment)
      continue
    }
    const needsSpace = gap > WORD_GAP_EM * size && !/\s$/.test(segment.text) && !/^\s/.test(fragment.text)
    segment.text = `${segment.text}${needsSpace ? ' ' : ''}${fragment.text}`
    segment.x1 = Math.max(segment.x1, fragment.x1)
  }
  for (const each of segments) each.text = each.text.replace(/\s+/g, ' ').trim()
  return { y: fragments.reduce((sum, fragment) => sum + fragment.y, 0) / fragments.length, size, segments }
}
