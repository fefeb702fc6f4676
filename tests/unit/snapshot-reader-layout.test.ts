// The reader's layout from stored blocks: every piece of text keeps its offsets into
// the snapshot text, so highlights and selections map to the stored characters.
import { describe, expect, it } from 'vitest'
import { diffPair, parseTextRange, readerLayout, segmentsOf, type ReaderItem } from '@/lib/snapshots/reader-layout'
import type { SnapshotBlock } from '@/lib/snapshots/snapshot-view'

// Blocks as imports make them: one line each, in order.
function blocksOf(lines: { text: string; kind?: string; level?: number; page?: number }[]): { text: string; blocks: SnapshotBlock[] } {
  let text = ''
  const blocks: SnapshotBlock[] = []
  for (const line of lines) {
    if (text) text += '\n'
    blocks.push({ kind: line.kind ?? 'paragraph', start: text.length, end: text.length + line.text.length, ...(line.level ? { level: line.level } : {}), ...(line.page ? { page: line.page } : {}) })
    text += line.text
  }
  return { text, blocks }
}

// What a reader sees of the layout: each item's text, highlights in [brackets].
function visible(text: string, items: ReaderItem[]): string[] {
  const show = (segments: { start: number; end: number; isHighlighted: boolean }[]) => segments.map((part) => (part.isHighlighted ? `[${text.slice(part.start, part.end)}]` : text.slice(part.start, part.end))).join('')
  return items.map((item) => {
    if (item.kind === 'page') return `— page ${item.page} —`
    if (item.kind === 'table') return `table: ${item.rows.map((row) => row.cells.map(show).join(' ‖ ')).join(' / ')}`
    return `${item.block.kind}: ${show(item.segments)}`
  })
}

describe('readerLayout', () => {
  it('keeps headings, paragraphs and list items, and marks where each PDF page begins', () => {
    const { text, blocks } = blocksOf([
      { text: 'Catch statistics', kind: 'heading', level: 1, page: 1 },
      { text: 'The catch fell to 412 tonnes.', page: 1 },
      { text: 'Herring', kind: 'list_item', level: 1, page: 2 },
      { text: 'Cod', kind: 'list_item', level: 1, page: 2 },
    ])
    expect(visible(text, readerLayout(text, blocks))).toEqual(['— page 1 —', 'heading: Catch statistics', 'paragraph: The catch fell to 412 tonnes.', '— page 2 —', 'list_item: Herring', 'list_item: Cod'])
  })

  it('draws runs of " | " rows as a table, with each cell at its own offsets', () => {
    const { text, blocks } = blocksOf([{ text: 'Year | Tonnes' }, { text: '2022 | 450' }, { text: '2023 | 412' }, { text: 'Home | Data' }, { text: 'A closing line.' }])
    const items = readerLayout(text, blocks)
    // "Home | Data" touches the table's last row, so it is one more row: rows are judged in pairs.
    expect(visible(text, items)).toEqual(['table: Year ‖ Tonnes / 2022 ‖ 450 / 2023 ‖ 412 / Home ‖ Data', 'paragraph: A closing line.'])
    const table = items[0] as Extract<ReaderItem, { kind: 'table' }>
    const cell = table.rows[2]!.cells[1]![0]!
    expect(text.slice(cell.start, cell.end)).toBe('412')
  })

  it('leaves a lone line with a " | " in it as prose', () => {
    const { text, blocks } = blocksOf([{ text: 'Intro' }, { text: 'News | Sport' }, { text: 'Outro' }])
    expect(visible(text, readerLayout(text, blocks))).toEqual(['paragraph: Intro', 'paragraph: News | Sport', 'paragraph: Outro'])
  })

  it('highlights exactly the characters of a range, across blocks', () => {
    const { text, blocks } = blocksOf([{ text: 'The catch fell to 412 tonnes.' }, { text: 'Quotas were cut by a tenth.' }])
    const start = text.indexOf('412')
    const end = text.indexOf('were') + 'were'.length
    expect(visible(text, readerLayout(text, blocks, { start, end }))).toEqual(['paragraph: The catch fell to [412 tonnes.]', 'paragraph: [Quotas were] cut by a tenth.'])
  })
})

describe('segmentsOf', () => {
  it('cuts a range at the highlight and leaves it whole when they do not meet', () => {
    expect(segmentsOf({ start: 10, end: 20 }, { start: 12, end: 15 })).toEqual([
      { start: 10, end: 12, isHighlighted: false },
      { start: 12, end: 15, isHighlighted: true },
      { start: 15, end: 20, isHighlighted: false },
    ])
    expect(segmentsOf({ start: 10, end: 20 }, { start: 20, end: 25 })).toEqual([{ start: 10, end: 20, isHighlighted: false }])
    expect(segmentsOf({ start: 10, end: 20 }, { start: 0, end: 30 })).toEqual([{ start: 10, end: 20, isHighlighted: true }])
  })
})

describe('parseTextRange', () => {
  it('takes start-end within the text, and nothing else', () => {
    expect(parseTextRange('3-9', 10)).toEqual({ start: 3, end: 9 })
    expect(parseTextRange('3-11', 10)).toBeNull()
    expect(parseTextRange('9-3', 10)).toBeNull()
    expect(parseTextRange('5-5', 10)).toBeNull()
    expect(parseTextRange('a-b', 10)).toBeNull()
    expect(parseTextRange(undefined, 10)).toBeNull()
  })
})

describe('diffPair', () => {
  it('compares the two newest readable snapshots unless others are asked for', () => {
    expect(diffPair([1, 3, 4])).toEqual({ from: 3, to: 4 })
    expect(diffPair([1, 3, 4], '1', '3')).toEqual({ from: 1, to: 3 })
    expect(diffPair([1, 3, 4], undefined, '1')).toEqual({ from: 4, to: 1 })
    expect(diffPair([1, 3, 4], '2', '9')).toEqual({ from: 3, to: 4 })
    expect(diffPair([4])).toBeNull()
  })
})
