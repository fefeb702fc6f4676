import type { Block } from '@/lib/import/types'
import { canonicalizeInline } from './canonicalize-inline'
import type { EditorBlock, EditorBulletList, EditorDocument, EditorListItem, EditorOrderedList, EditorTextblock } from './editor-document'

export interface CanonicalDocument {
  content: EditorDocument
  text: string
  blocks: Block[]
}

// Turns what the editor saved into the canonical document: every textblock is one
// line of `text`, in document order, and its text nodes spell exactly that line, so
// an offset into `text` maps to a position in `content` (see text-positions.ts).
// Empty textblocks go, and then the containers they leave empty. With no line left,
// `content.content` is empty and `text` is '': the caller must refuse that save.
// Idempotent: canonicalizing `content` again returns it unchanged.
//
// Block kinds: heading → 'heading' (its level); a paragraph whose parent is a list
// item → 'list_item', level = how many lists enclose it — this holds for every
// paragraph of the item, not only its first, since each is a line of that item;
// a paragraph whose parent is a blockquote → 'quote'; any other → 'paragraph'.
export function canonicalizeDocument(doc: EditorDocument): CanonicalDocument {
  const content: EditorDocument = { type: 'doc', content: cleanBlocks(doc.content) }
  const lines: string[] = []
  const blocks: Block[] = []
  let offset = 0
  for (const { node, kind, level } of textblocksOf(content.content, 'doc', 0)) {
    const line = (node.content ?? []).map((inline) => inline.text).join('')
    if (lines.length > 0) offset += 1 // the "\n" before this line
    blocks.push(level === undefined ? { kind, start: offset, end: offset + line.length } : { kind, level, start: offset, end: offset + line.length })
    lines.push(line)
    offset += line.length
  }
  return { content, text: lines.join('\n'), blocks }
}

function cleanBlocks(blocks: readonly EditorBlock[]): EditorBlock[] {
  return blocks.flatMap((block): EditorBlock[] => {
    switch (block.type) {
      case 'paragraph':
      case 'heading':
        return cleanTextblock(block)
      case 'blockquote': {
        const content = cleanBlocks(block.content)
        return content.length ? [{ type: 'blockquote', content }] : []
      }
      case 'bulletList':
      case 'orderedList':
        return cleanList(block)
    }
  })
}

function cleanTextblock(block: EditorTextblock): EditorTextblock[] {
  const { content, line } = canonicalizeInline(block.content ?? [])
  if (!line) return []
  return block.type === 'heading' ? [{ type: 'heading', attrs: { level: block.attrs.level }, content }] : [{ type: 'paragraph', content }]
}

// A list item must open with a paragraph. When its own line was emptied but nested
// blocks remain, those blocks are lifted out of the list (splitting it there), as
// the editor's own "lift" would: no line is lost and the document stays valid.
function cleanList(list: EditorBulletList | EditorOrderedList): EditorBlock[] {
  const result: EditorBlock[] = []
  let items: EditorListItem[] = []
  const flush = () => {
    if (items.length) result.push({ ...list, content: items })
    items = []
  }
  for (const item of list.content) {
    const [first, ...rest] = cleanBlocks(item.content)
    if (!first) continue
    if (first.type === 'paragraph') items.push({ type: 'listItem', content: [first, ...rest] })
    else {
      flush()
      result.push(first, ...rest)
    }
  }
  flush()
  return result
}

interface TextblockLine {
  node: EditorTextblock
  kind: Block['kind']
  level?: number
}

function* textblocksOf(blocks: readonly EditorBlock[], parent: 'doc' | 'listItem' | 'blockquote', listDepth: number): Generator<TextblockLine> {
  for (const block of blocks) {
    if (block.type === 'heading') yield { node: block, kind: 'heading', level: block.attrs.level }
    else if (block.type === 'paragraph') {
      if (parent === 'listItem') yield { node: block, kind: 'list_item', level: listDepth }
      else yield { node: block, kind: parent === 'blockquote' ? 'quote' : 'paragraph' }
    } else if (block.type === 'blockquote') yield* textblocksOf(block.content, 'blockquote', listDepth)
    else for (const item of block.content) yield* textblocksOf(item.content, 'listItem', listDepth + 1)
  }
}
