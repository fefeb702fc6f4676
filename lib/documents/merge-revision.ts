import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb } from '@/lib/db/client'
import { canonicalizeDocument } from '@/lib/editor/canonicalize'
import { mergeDocuments } from '@/lib/editor/merge-documents'
import { AppError } from '@/lib/errors'
import { parseInput } from '@/lib/validation'
import { editorDocumentOf } from './editor-document-of'
import { ZSaveRevision } from './schemas'

// For an edit that lost the race: the revision saved meanwhile ("theirs") beside this
// edit ("mine"), and a three-way merge of the two from the revision both started from.
// Nothing is written; the editor loads the merge, and saving it makes the next revision.
export async function mergeRevision({ actor, ...input }: { actor: Actor } & Record<string, unknown>) {
  const { workspaceId, documentId, baseNumber, content } = parseInput(ZSaveRevision, input)
  const db = getDb()
  await requireWorkspaceAccess(db, actor, workspaceId, 'document.edit')
  const where = { documentId, document: { workspaceId, archivedAt: null } }
  const select = { number: true, text: true, blocks: true, content: true, createdAt: true, createdBy: { select: { name: true, email: true } } } as const
  const [base, latest] = await Promise.all([
    db.documentRevision.findFirst({ where: { ...where, number: baseNumber }, select }),
    db.documentRevision.findFirst({ where, orderBy: { number: 'desc' }, select }),
  ])
  if (!base || !latest) throw new AppError('NOT_FOUND', `Revision ${baseNumber} of this document was not found`)
  const mine = canonicalizeDocument(content)
  // all three in canonical form, so that equal blocks serialize equally
  const merged = mergeDocuments(canonicalizeDocument(editorDocumentOf(base)).content, canonicalizeDocument(editorDocumentOf(latest)).content, mine.content)
  const { content: mergedContent, text: mergedText } = canonicalizeDocument(merged.content)
  return {
    base: { number: base.number, text: base.text },
    theirs: { number: latest.number, text: latest.text, createdAt: latest.createdAt, createdBy: latest.createdBy },
    mine: { text: mine.text },
    merged: { content: mergedContent, text: mergedText, conflicts: merged.conflicts },
  }
}
