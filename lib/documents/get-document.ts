import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import { parseInput } from '@/lib/validation'
import { readerDocumentOf } from './editor-document-of'
import { ZDocumentRef } from './schemas'

// The document with its latest revision. The workspace is part of the lookup, so a
// document id from another workspace is simply not found.
export async function getDocumentById({ actor, ...input }: { actor: Actor } & Record<string, unknown>) {
  const { workspaceId, documentId } = parseInput(ZDocumentRef, input)
  const db = getDb()
  const { role } = await requireWorkspaceAccess(db, actor, workspaceId, 'workspace.read')
  const document = await db.document.findFirst({
    where: { id: documentId, workspaceId, archivedAt: null },
    include: {
      createdBy: { select: { name: true, email: true } },
      revisions: { orderBy: { number: 'desc' }, take: 1, include: { createdBy: { select: { name: true, email: true } } } },
      _count: { select: { revisions: true } },
    },
  })
  const revision = document?.revisions[0]
  if (!document || !revision) throw new AppError('NOT_FOUND', 'Document not found')
  const { revisions: _latest, _count, ...metadata } = document
  return { ...metadata, revision, revisionCount: _count.revisions, role }
}

// The same, with the revision as the editor shows it: only the document page needs it.
export async function getDocumentForReading(input: { actor: Actor } & Record<string, unknown>) {
  const document = await getDocumentById(input)
  return { ...document, reader: readerDocumentOf(document.revision) }
}
