import type { JsonValue } from '@/lib/db/generated/internal/prismaNamespace'
import { documentFromBlocks } from '@/lib/editor/document-from-blocks'
import type { EditorDocument } from '@/lib/editor/editor-document'
import { textblockSpans } from '@/lib/editor/text-positions'
import { blocksOfLines } from '@/lib/import/assemble-blocks'
import type { Block } from '@/lib/import/types'

interface StoredRevision {
  text: string
  blocks: JsonValue
  content: JsonValue
}

// The editor document of a revision: the one saved with an edit, or for an import,
// one rebuilt from the import's blocks (the same lines, so the same offsets).
export function editorDocumentOf(revision: StoredRevision): EditorDocument {
  if (revision.content) return revision.content as unknown as EditorDocument
  return documentFromBlocks(revision.text, linesOf(revision).length ? linesOf(revision) : null)
}

// What the reader shows: the editor document and where each of its textblocks starts
// in the text (an imported text may keep blank lines between blocks).
export function readerDocumentOf(revision: StoredRevision): { content: EditorDocument; lineStarts: number[] } {
  const content = editorDocumentOf(revision)
  const lines = linesOf(revision)
  if (textblockSpans(content).length !== lines.length) throw new Error('A revision’s editor document and its blocks disagree')
  return { content, lineStarts: lines.map((line) => line.start) }
}

// Pasted text is stored without blocks: one paragraph per non-blank line.
function linesOf(revision: StoredRevision): Block[] {
  const blocks = revision.blocks as unknown as Block[] | null
  return blocks?.length ? blocks : blocksOfLines(revision.text)
}
