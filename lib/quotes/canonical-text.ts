// The canonical text of a snapshot: its blocks' texts joined with a blank line
// ("\n\n"), in order. Offsets, selectors and pages are all read against this string
// (UTF-16 code units, as JavaScript indexes), so a location stored today can be
// checked against the same snapshot later.

export interface SnapshotBlock {
  text: string
  page?: number // 1-based page of a PDF; absent for HTML, DOCX, TXT
  kind?: string
}

export interface QuoteSnapshot {
  blocks: readonly SnapshotBlock[]
}

export const BLOCK_SEPARATOR = '\n\n'

export interface CanonicalText {
  text: string
  blockStarts: number[] // canonical offset where each block's text begins
}

export function canonicalText(snapshot: QuoteSnapshot): CanonicalText {
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
