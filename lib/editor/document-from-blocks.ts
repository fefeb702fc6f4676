import { blocksOfLines } from '@/lib/import/assemble-blocks'
import type { Block } from '@/lib/import/types'
import type { EditorBlock, EditorBulletList, EditorDocument, EditorParagraph, HeadingLevel } from './editor-document'

// The editor document of a revision that has none stored (an import): one textblock
// per block, consecutive quote lines in one blockquote, consecutive list items in
// one bullet list nested by their level. Without blocks, every non-blank line is a
// paragraph. For canonical text and valid blocks,
// canonicalizeDocument(documentFromBlocks(text, blocks)).text === text.
export function documentFromBlocks(text: string, blocks: readonly Block[] | null): EditorDocument {
  const content: EditorBlock[] = []
  let quote: EditorParagraph[] | null = null
  let list: ListBuilder | null = null
  for (const block of blocks ?? blocksOfLines(text)) {
    const paragraph = paragraphOf(text.slice(block.start, block.end))
    if (block.kind !== 'quote') quote = null
    if (block.kind !== 'list_item') list = null
    if (block.kind === 'heading') {
      content.push({ type: 'heading', attrs: { level: headingLevel(block.level) }, content: paragraph.content })
    } else if (block.kind === 'quote') {
      if (!quote) content.push({ type: 'blockquote', content: (quote = []) })
      quote.push(paragraph)
    } else if (block.kind === 'list_item') {
      if (!list) content.push((list = new ListBuilder()).root)
      list.add(paragraph, block.level ?? 1)
    } else content.push(paragraph)
  }
  return { type: 'doc', content }
}

function paragraphOf(line: string): EditorParagraph {
  return line ? { type: 'paragraph', content: [{ type: 'text', text: line }] } : { type: 'paragraph' }
}

function headingLevel(level: number | undefined): HeadingLevel {
  return Math.min(6, Math.max(1, Math.trunc(level ?? 1))) as HeadingLevel
}

// Nests items by level. A level may only go one deeper than the item before it (a
// nested list lives inside an item), so a deeper jump is taken as one level deeper.
class ListBuilder {
  readonly root: EditorBulletList = { type: 'bulletList', content: [] }
  private readonly open: EditorBulletList[] = [this.root]

  add(paragraph: EditorParagraph, level: number) {
    const depth = Math.max(1, Math.min(level, this.open.length + 1))
    while (this.open.length > depth) this.open.pop()
    let list = this.open.at(-1) ?? this.root
    const parent = list.content.at(-1)
    if (depth > this.open.length && parent) {
      list = { type: 'bulletList', content: [] }
      parent.content.push(list)
      this.open.push(list)
    }
    list.content.push({ type: 'listItem', content: [paragraph] })
  }
}
