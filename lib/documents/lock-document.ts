import 'server-only'
import type { Tx } from '@/lib/db/client'
import { AppError } from '@/lib/errors'

// Saving an edit locks the document exclusively; creating, merging or splitting claims
// locks it shared. So claim changes never interleave with re-anchoring: a claim is
// either re-anchored with the edit, or made afterwards on the new revision.
export async function lockLatestRevision(tx: Tx, workspaceId: string, documentId: string, purpose: 'edit' | 'claims') {
  const locked =
    purpose === 'edit'
      ? await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Document" WHERE id = ${documentId} AND "workspaceId" = ${workspaceId} AND "archivedAt" IS NULL FOR UPDATE`
      : await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Document" WHERE id = ${documentId} AND "workspaceId" = ${workspaceId} AND "archivedAt" IS NULL FOR SHARE`
  if (locked.length === 0) throw new AppError('NOT_FOUND', 'Document not found')
  const latest = await tx.documentRevision.findFirst({ where: { documentId }, orderBy: { number: 'desc' }, select: { id: true, number: true, text: true, blocks: true, content: true } })
  if (!latest) throw new AppError('NOT_FOUND', 'Document not found')
  return latest
}
