import type { SnapshotBlock } from './snapshot-view'

// What the snapshot reader draws, computed from the stored text and blocks only (never
// from the fetched HTML, so nothing of the page's markup or scripts reaches a reader).
// Every piece of text keeps its offsets into the snapshot's text, so a selection maps
// back to exactly the stored characters and a quote's offsets map to a highlight.

// Offsets are UTF-16 code units into the snapshot's text, `end` exclusive.
export interface TextRange {
  start: number
  end: number
}

export interface ReaderSegment extends TextRange {
  isHighlighted: boolean
}

export type ReaderItem =
  | { kind: 'page'; page: number }
  | { kind: 'block'; block: SnapshotBlock; segments: ReaderSegment[] }
  | { kind: 'table'; rows: { block: SnapshotBlock; cells: ReaderSegment[][] }[] }

// How imports join the cells of a table row (HTML and PDF alike).
export const CELL_SEPARATOR = ' | '

export function readerLayout(text: string, blocks: SnapshotBlock[], highlight?: TextRange | null): ReaderItem[] {
  const items: ReaderItem[] = []
  let page: number | undefined
  let table: Extract<ReaderItem, { kind: 'table' }> | null = null
  blocks.forEach((block, index) => {
    if (block.page !== undefined && block.page !== page) {
      page = block.page
      items.push({ kind: 'page', page })
      table = null
    }
    if (isTableRow(text, blocks, index)) {
      if (!table) items.push((table = { kind: 'table', rows: [] }))
      table.rows.push({ block, cells: cellsOf(text, block).map((cell) => segmentsOf(cell, highlight)) })
      return
    }
    table = null
    items.push({ kind: 'block', block, segments: segmentsOf(block, highlight) })
  })
  return items
}

// A row of cells is drawn as a table when it has a neighbour that is one too: a lone
// line with a " | " in it is more likely prose (or a menu) than a table.
function isTableRow(text: string, blocks: SnapshotBlock[], index: number): boolean {
  const hasCells = (block: SnapshotBlock | undefined) =>
    block !== undefined && (block.kind === 'table_row' || (block.kind === 'paragraph' && text.slice(block.start, block.end).includes(CELL_SEPARATOR)))
  if (!hasCells(blocks[index])) return false
  const samePage = (other: SnapshotBlock | undefined) => other?.page === blocks[index]!.page
  return (hasCells(blocks[index - 1]) && samePage(blocks[index - 1])) || (hasCells(blocks[index + 1]) && samePage(blocks[index + 1]))
}

function cellsOf(text: string, block: SnapshotBlock): TextRange[] {
  const cells: TextRange[] = []
  let start = block.start
  for (;;) {
    const at = text.indexOf(CELL_SEPARATOR, start)
    if (at === -1 || at >= block.end) break
    cells.push({ start, end: at })
    start = at + CELL_SEPARATOR.length
  }
  cells.push({ start, end: block.end })
  return cells
}

// The range cut where the highlight begins and ends.
export function segmentsOf(range: TextRange, highlight?: TextRange | null): ReaderSegment[] {
  if (!highlight || highlight.end <= range.start || highlight.start >= range.end) return [{ ...range, isHighlighted: false }]
  const from = Math.max(range.start, highlight.start)
  const to = Math.min(range.end, highlight.end)
  const parts: ReaderSegment[] = [
    { start: range.start, end: from, isHighlighted: false },
    { start: from, end: to, isHighlighted: true },
    { start: to, end: range.end, isHighlighted: false },
  ]
  return parts.filter((part) => part.end > part.start)
}

// "?at=120-168" → { start: 120, end: 168 }, when it is a real range of this text.
export function parseTextRange(value: string | null | undefined, textLength: number): TextRange | null {
  const match = /^(\d{1,9})-(\d{1,9})$/.exec(value?.trim() ?? '')
  if (!match) return null
  const start = Number(match[1])
  const end = Number(match[2])
  return start < end && end <= textLength ? { start, end } : null
}

// The two snapshots the Changes view compares: those asked for when they have text,
// else the newest and the one before it. Null when fewer than two have text.
export function diffPair(readableNumbers: number[], from?: string, to?: string): { from: number; to: number } | null {
  if (readableNumbers.length < 2) return null
  const newestFirst = [...readableNumbers].sort((a, b) => b - a)
  const pick = (value: string | undefined) => newestFirst.find((number) => String(number) === value)
  const toNumber = pick(to) ?? newestFirst[0]!
  const fromNumber = pick(from) ?? newestFirst.find((number) => number < toNumber) ?? newestFirst.find((number) => number !== toNumber)!
  return { from: fromNumber, to: toNumber }
}
