// The canonical text a quote is located in, and the blocks (paragraphs, headings, PDF
// lines) it is cut into. Offsets, selectors and pages are all read against this string
// (UTF-16 code units, as JavaScript indexes), so a location stored today can be checked
// against the same snapshot later, and the source reader can highlight it.
//
// Two shapes: a snapshot row as stored (its `text`, and blocks as offsets into it, one
// line per block), which is what the app locates in; or blocks that carry their own
// text, joined here with a blank line (tests and benchmarks build these by hand).

// A block that carries its own text (tests and benchmarks build these by hand).
export interface SnapshotBlock {
  text: string
  page?: number // 1-based page of a PDF; absent for HTML, DOCX, TXT
  kind?: string
}

// A block of a stored snapshot: offsets into the snapshot's text.
export interface OffsetBlock {
  start: number
  end: number
  page?: number
  kind?: string
}

export type QuoteSnapshot = { text?: undefined; blocks: readonly SnapshotBlock[] } | { text: string; blocks: readonly OffsetBlock[] }

export const BLOCK_SEPARATOR = '\n\n'

export interface CanonicalText {
  text: string
  blockStarts: number[] // canonical offset where each block's text begins
}

export function canonicalText(snapshot: QuoteSnapshot): CanonicalText {
  if (snapshot.text !== undefined) {
    const starts = snapshot.blocks.map((block) => block.start)
    return { text: snapshot.text, blockStarts: starts.length > 0 ? starts : [0] }
  }
  const blockStarts: number[] = []
  let at = 0
  for (const block of snapshot.blocks) {
    blockStarts.push(at)
    at += block.text.length + BLOCK_SEPARATOR.length
  }
  return { text: snapshot.blocks.map((block) => block.text).join(BLOCK_SEPARATOR), blockStarts }
}

// The block an offset falls in; an offset in a separator belongs to the block before.
export function blockAt(blockStarts: readonly number[], offset: number): number {
  let low = 0
  let high = blockStarts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (blockStarts[middle]! <= offset) low = middle
    else high = middle - 1
  }
  return low
}
