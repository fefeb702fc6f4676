import type { Block, BlockKind } from './types'

// A block as a reader found it, before whitespace is settled and offsets are known.
export interface RawBlock {
  kind: BlockKind
  level?: number
  text: string
}

// Whitespace as HTML collapses it, plus the Unicode line separators, which would
// otherwise break a block across lines for some readers. No-break and thin spaces
// stay: "15 000" written with them is one number.
export const COLLAPSIBLE = /[\t\n\v\f\r \u2028\u2029]+/g
// Invisible characters that only split words and numbers apart ("statis\u00ADtics"),
// and C0/C1 controls, which no article means to contain.
export const INVISIBLE = /[\u00AD\u200B\uFEFF\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g

// Joins blocks into canonical text, one line per block. Normalizing each line to NFC
// on its own gives the same result as normalizing the whole text, because "\n" never
// composes with a neighbour; so the text is canonical by construction.
export function assembleBlocks(raw: readonly RawBlock[]): { text: string; blocks: Block[] } {
  const lines: string[] = []
  const blocks: Block[] = []
  let offset = 0
  for (const block of raw) {
    const line = canonicalLine(block.text)
    if (!line) continue
    if (lines.length > 0) offset += 1 // the "\n" before this line
    blocks.push(block.level === undefined ? { kind: block.kind, start: offset, end: offset + line.length } : { kind: block.kind, level: block.level, start: offset, end: offset + line.length })
    lines.push(line)
    offset += line.length
  }
  return { text: lines.join('\n'), blocks }
}

// One block's text as a canonical line; the editor (lib/editor/canonicalize.ts)
// applies the same rules, character by character, to keep bold and links in place.
export function canonicalLine(text: string): string {
  return text.replace(INVISIBLE, '').replace(COLLAPSIBLE, ' ').trim().normalize('NFC')
}

// Plain text keeps its exact characters (the text is what the author wrote), so each
// non-blank line becomes a paragraph spanning the line without its outer whitespace.
export function blocksOfLines(text: string): Block[] {
  const blocks: Block[] = []
  let lineStart = 0
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart)
    const lineEnd = newline === -1 ? text.length : newline
    const line = text.slice(lineStart, lineEnd)
    const leading = line.length - line.trimStart().length
    const content = line.trim()
    if (content) blocks.push({ kind: 'paragraph', start: lineStart + leading, end: lineStart + leading + content.length })
    if (newline === -1) break
    lineStart = newline + 1
  }
  return blocks
}
