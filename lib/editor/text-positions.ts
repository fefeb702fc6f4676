import type { EditorBlock, EditorDocument } from './editor-document'

// Where one line of the canonical text lives in the editor: `offset` is the UTF-16
// offset of the line in `text`, `pos` the ProseMirror position of its first
// character, `length` its length in UTF-16 units (ProseMirror counts the same units).
export interface TextblockSpan {
  offset: number
  pos: number
  length: number
}

// For a canonical document (canonicalizeDocument's `content`), whose textblocks are
// the lines of its text in order. ProseMirror counts one position for opening and
// one for closing every node except the doc and text nodes, and one per character.
export function textblockSpans(doc: EditorDocument): TextblockSpan[] {
  const spans: TextblockSpan[] = []
  let pos = 0
  let offset = 0
  const walk = (blocks: readonly EditorBlock[]) => {
    for (const block of blocks) {
      pos += 1 // opening token
      if (block.type === 'paragraph' || block.type === 'heading') {
        const length = (block.content ?? []).reduce((sum, inline) => sum + inline.text.length, 0)
        spans.push({ offset, pos, length })
        pos += length
        offset += length + 1 // the line and its "\n"
      } else if (block.type === 'blockquote') walk(block.content)
      else {
        for (const item of block.content) {
          pos += 1
          walk(item.content)
          pos += 1
        }
      }
      pos += 1 // closing token
    }
  }
  walk(doc.content)
  return spans
}

// The last span whose `key` is at most `value`, or -1.
function lastSpanAtOrBefore(spans: readonly TextblockSpan[], key: 'offset' | 'pos', value: number): number {
  let low = 0
  let high = spans.length - 1
  let found = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    if ((spans[middle]?.[key] ?? Infinity) <= value) {
      found = middle
      low = middle + 1
    } else high = middle - 1
  }
  return found
}

// A text offset as a document position. The offset of a "\n" (the end of a line)
// maps to the end of that line's textblock; offsets outside the text clamp to its
// start or end. With no lines at all, 0.
export function offsetToPosition(spans: readonly TextblockSpan[], offset: number): number {
  const span = spans[Math.max(0, lastSpanAtOrBefore(spans, 'offset', offset))]
  if (!span) return 0
  return span.pos + Math.min(Math.max(0, offset - span.offset), span.length)
}

// A document position as a text offset. Positions between textblocks (inside list,
// item or quote tokens) clamp to the end of the textblock before them, or to 0 before
// the first; so a selection never gains characters it did not cover.
export function positionToOffset(spans: readonly TextblockSpan[], pos: number): number {
  const span = spans[lastSpanAtOrBefore(spans, 'pos', pos)]
  if (!span) return 0
  return span.offset + Math.min(pos - span.pos, span.length)
}
