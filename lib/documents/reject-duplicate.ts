import 'server-only'
import { getDb, type Tx } from '@/lib/db/client'
import { isUniqueViolation } from '@/lib/db/unique-violation'
import { AppError } from '@/lib/errors'

// The same text imported twice into a workspace is one document: the second import
// is answered with the first, to open instead of duplicating it. Checked before the
// costly work; the unique index on (workspaceId, liveContentHash) holds the rule at
// the write itself, for racing imports and for edits (explainDuplicate below).
export async function rejectDuplicate(db: Pick<Tx, 'document'>, workspaceId: string, contentHash: string, { exceptDocumentId }: { exceptDocumentId?: string } = {}): Promise<void> {
  const existing = await db.document.findFirst({
    where: { workspaceId, liveContentHash: contentHash, ...(exceptDocumentId ? { id: { not: exceptDocumentId } } : {}) },
    select: { id: true, title: true },
  })
  if (existing) {
    throw new AppError('CONFLICT', `This text is already in the workspace as “${existing.title}”. Open it instead.`, [], { existingDocumentId: existing.id })
  }
}

// After a write the unique index refused: the document that won the race, named as
// rejectDuplicate names it. Any other error passes through.
export async function explainDuplicate(error: unknown, workspaceId: string, contentHash: string, options: { exceptDocumentId?: string } = {}): Promise<never> {
  if (isUniqueViolation(error)) await rejectDuplicate(getDb(), workspaceId, contentHash, options)
  throw error
}
