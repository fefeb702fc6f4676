import { canonicalLine, COLLAPSIBLE, INVISIBLE } from '@/lib/import/assemble-blocks'
import type { EditorInline, EditorMark, LinkAttrs } from './editor-document'

// The order tiptap's schema ranks marks in (link has a higher priority), so a
// canonical document serializes exactly as the editor would serialize it.
const MARK_RANK: Record<EditorMark['type'], number> = { link: 0, bold: 1, italic: 2 }

function canonicalMarks(marks: readonly EditorMark[] | undefined): EditorMark[] {
  return [...(marks ?? [])]
    .sort((a, b) => MARK_RANK[a.type] - MARK_RANK[b.type])
    .map((mark) => (mark.type === 'link' ? { type: 'link', attrs: canonicalLinkAttrs(mark.attrs) } : { type: mark.type }))
}

function canonicalLinkAttrs(attrs: LinkAttrs): LinkAttrs {
  return { href: attrs.href }
}

function textNode(text: string, marks: EditorMark[]): EditorInline {
  return marks.length ? { type: 'text', text, marks } : { type: 'text', text }
}

// Collapsing removes and merges characters across text nodes; a space that replaces a
// run keeps the marks of the run's first character.
function collapseAcrossNodes(nodes: readonly EditorInline[]): { text: string; marks: EditorMark[] }[] {
  const pieces: { text: string; marks: EditorMark[] }[] = []
  let endsWithSpace = false
  for (const node of nodes) {
    let text = node.text.replace(INVISIBLE, '').replace(COLLAPSIBLE, ' ')
    // Every ' ' here stands for a collapsed run, so two meeting at a node boundary are one run.
    if (endsWithSpace && text.startsWith(' ')) text = text.slice(1)
    if (!text) continue
    pieces.push({ text, marks: canonicalMarks(node.marks) })
    endsWithSpace = text.endsWith(' ')
  }
  return pieces
}

function sliceRange(pieces: readonly { text: string; marks: EditorMark[] }[], from: number, to: number) {
  const result: { text: string; marks: EditorMark[] }[] = []
  let offset = 0
  for (const piece of pieces) {
    const start = Math.max(from, offset)
    const end = Math.min(to, offset + piece.text.length)
    if (start < end) result.push({ text: piece.text.slice(start - offset, end - offset), marks: piece.marks })
    offset += piece.text.length
  }
  return result
}

// The inline content of one textblock, with the text assemble-blocks would make of it
// (canonicalLine), and the marks kept on the characters that survive.
export function canonicalizeInline(nodes: readonly EditorInline[]): { content: EditorInline[]; line: string } {
  const collapsed = collapseAcrossNodes(nodes)
  const joined = collapsed.map((piece) => piece.text).join('')
  const line = canonicalLine(joined)
  if (!line) return { content: [], line }
  // trim() decides what is whitespace; measure what it took from each end.
  const from = joined.length - joined.trimStart().length
  const to = joined.trimEnd().length
  const pieces = sliceRange(collapsed, from, to).map((piece) => ({ ...piece, text: piece.text.normalize('NFC') }))
  // A combining character after a node boundary composes differently as a whole;
  // the text must win over the formatting, so the line loses its marks.
  if (pieces.map((piece) => piece.text).join('') !== line) return { content: [textNode(line, [])], line }
  const content: EditorInline[] = []
  for (const piece of pieces) {
    const previous = content.at(-1)
    if (previous && JSON.stringify(previous.marks ?? []) === JSON.stringify(piece.marks)) previous.text += piece.text
    else if (piece.text) content.push(textNode(piece.text, piece.marks))
  }
  return { content, line }
}
