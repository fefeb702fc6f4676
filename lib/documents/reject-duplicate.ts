import 'server-only'
import type { Tx } from '@/lib/db/client'
import { AppError } from '@/lib/errors'

// The same text imported twice into a workspace is one document: the second import
// is answered with the first, to open instead of duplicating it.
export async function rejectDuplicate(db: Pick<Tx, 'document'>, workspaceId: string, contentHash: string): Promise<void> {
  const existing = await db.document.findFirst({
    where: { workspaceId, contentHash, archivedAt: null },
    select: { id: true, title: true },
  })
  if (existing) {
    throw new AppError('CONFLICT', `This text is already in the workspace as “${existing.title}”. Open it instead.`, [], { existingDocumentId: existing.id })
  }
}
