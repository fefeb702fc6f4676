import type { Block } from '@/lib/import/types'
import type { JsonValue } from '@/lib/db/generated/internal/prismaNamespace'
import type { EditorDocument } from '@/lib/editor/editor-document'
import { documentFromBlocks } from '@/lib/editor/document-from-blocks'

// The editor document of a revision: the one saved with an edit, or for an import,
// one rebuilt from the import's blocks (the same lines, so the same offsets).
export function editorDocumentOf(revision: { text: string; blocks: JsonValue; content: JsonValue }): EditorDocument {
  if (revision.content) return revision.content as unknown as EditorDocument
  const blocks = revision.blocks as unknown as Block[] | null
  // pasted text has no blocks: one paragraph per line
  return documentFromBlocks(revision.text, blocks?.length ? blocks : null)
}
