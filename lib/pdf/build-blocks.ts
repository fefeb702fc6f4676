import type { FlowLine } from './columns'
import { joinLines, vocabularyOf } from './join-lines'
import { measureStyles, type TextStyles } from './text-styles'
import { lineEnd, lineStart, lineText } from './types'

export type PdfBlockKind = 'heading' | 'paragraph' | 'list-item' | 'table-row'

// One block of the document's text in reading order; `page` (from 1) is where it
// starts. A table row's cells are separated by " | ", as in the HTML import.
export interface PdfBlock {
  kind: PdfBlockKind
  level?: number // headings: 1 for the largest
  text: string
  page: number
}

export interface FlowPage {
  page: number
  width: number
  lines: FlowLine[]
}

export const CELL_SEPARATOR = ' | '
// A step between baselines this much larger than the body's line pitch is a gap
// between paragraphs.
const PARAGRAPH_GAP = 1.45
// A first line indented by this many font sizes starts a paragraph.
const INDENT_EM = 0.8
// A line ending a sentence this far short of the column's right edge ends its paragraph.
const SHORT_LINE_SHARE = 0.25
const BULLET = /^[•▪◦‣∙●○■□–-]\s+/
const NUMBERED = /^\(?(?:\d{1,2}|[a-z])[.)]\s+/
const ENDS_SENTENCE = /[.!?:…]["”’)\]]?$/

interface Open {
  block: PdfBlock
  last: FlowLine
  lineCount: number
  isLastFull: boolean // the last line reaches the right edge of its column
}

interface Flow {
  left: number
  right: number
}

export function buildBlocks(pages: readonly FlowPage[]): PdfBlock[] {
  const styles = measureStyles(pages.map((page) => page.lines))
  const vocabulary = vocabularyOf(pages.flatMap((page) => page.lines.flatMap((line) => line.segments.map((segment) => segment.text))))
  const blocks: PdfBlock[] = []
  let open: Open | undefined
  for (const { page, width, lines } of pages) {
    const flows = flowBounds(lines, width)
    lines.forEach((line, i) => {
      const text = lineText(line)
      const isRow = line.segments.length > 1 && [lines[i - 1], lines[i + 1]].some((other) => other && other.column === line.column && other.segments.length > 1)
      if (isRow) {
        blocks.push({ kind: 'table-row', text: line.segments.map((segment) => segment.text).join(CELL_SEPARATOR), page })
        open = undefined
        return
      }
      const level = styles.headingLevel(line)
      const flow = flows.get(line.column)!
      const isFull = !isShort(line, flow)
      if (open && continues(open, line, level, page, flow, styles)) {
        open.block.text = joinLines(open.block.text, text, vocabulary)
        Object.assign(open, { last: line, lineCount: open.lineCount + 1, isLastFull: isFull })
        return
      }
      const block: PdfBlock = level ? { kind: 'heading', level, text, page } : listItemOrParagraph(text, page)
      blocks.push(block)
      open = { block, last: line, lineCount: 1, isLastFull: isFull }
    })
  }
  return blocks
}

function listItemOrParagraph(text: string, page: number): PdfBlock {
  if (BULLET.test(text)) return { kind: 'list-item', text: text.replace(BULLET, ''), page }
  if (NUMBERED.test(text)) return { kind: 'list-item', text, page }
  return { kind: 'paragraph', text, page }
}

// Whether a line goes on with the open block rather than starting one.
function continues(open: Open, line: FlowLine, level: number | undefined, page: number, flow: Flow, styles: TextStyles): boolean {
  const { block, last } = open
  const text = lineText(line)
  if (block.kind === 'heading') return level === block.level && block.page === page && last.column === line.column && line.y - last.y < 2 * line.size
  if (level !== undefined || BULLET.test(text) || NUMBERED.test(text)) return false
  // A sentence broken by a page or column break goes on in the next column: its last
  // line ran to the edge of its column without ending a sentence.
  if (block.page !== page || last.column !== line.column) return block.kind === 'paragraph' && open.isLastFull && !ENDS_SENTENCE.test(block.text)
  if (Math.abs(line.size - last.size) > 0.1 * styles.bodySize) return false
  const step = line.y - last.y
  if (step <= 0 || step > PARAGRAPH_GAP * styles.linePitch * (line.size / styles.bodySize)) return false
  const indented = lineStart(line) > lineStart(last) + INDENT_EM * line.size
  if (indented && (open.lineCount > 1 || ENDS_SENTENCE.test(lineText(last)))) return false
  return open.isLastFull || !ENDS_SENTENCE.test(lineText(last))
}

function isShort(line: FlowLine, flow: Flow): boolean {
  return lineEnd(line) < flow.right - SHORT_LINE_SHARE * (flow.right - flow.left)
}

// The left and right edges of each column's text on a page. Text across the page
// (column 0) is taken to have margins as wide on the right as on the left, so a page
// of only short lines does not make them all look full.
function flowBounds(lines: readonly FlowLine[], pageWidth: number): Map<number, Flow> {
  const flows = new Map<number, Flow>()
  for (const line of lines) {
    const flow = flows.get(line.column)
    flows.set(line.column, { left: Math.min(flow?.left ?? Infinity, lineStart(line)), right: Math.max(flow?.right ?? -Infinity, lineEnd(line)) })
  }
  const page = flows.get(0)
  if (page) page.right = Math.max(page.right, pageWidth - page.left)
  return flows
}
