import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import { parseInput } from '@/lib/validation'
import { ZDocumentRef } from './schemas'

export interface RevisionSummary {
  id: string
  number: number
  source: string
  baseNumber: number | null
  contentHash: string
  createdAt: Date
  createdBy: { name: string | null; email: string }
  // Length of the text in characters (Unicode code points), for display only: offsets
  // elsewhere are UTF-16 code units.
  characters: number
}

interface RevisionRow extends Omit<RevisionSummary, 'createdBy'> {
  name: string | null
  email: string
}

// A document's revisions, newest first. One query: the texts stay in the database and
// only their lengths come back; the workspace is part of the join, so a document from
// another workspace has no revisions to show and is not found.
export async function findRevisions({ actor, ...input }: { actor: Actor } & Record<string, unknown>): Promise<RevisionSummary[]> {
  const { workspaceId, documentId } = parseInput(ZDocumentRef, input)
  const db = getDb()
  await requireWorkspaceAccess(db, actor, workspaceId, 'workspace.read')
  const rows = await db.$queryRaw<RevisionRow[]>`
    SELECT r.id, r.number, r.source, r."baseNumber", r."contentHash", r."createdAt",
           char_length(r.text)::int AS characters, u.name, u.email
    FROM "DocumentRevision" r
    JOIN "Document" d ON d.id = r."documentId"
    JOIN "User" u ON u.id = r."createdById"
    WHERE d.id = ${documentId} AND d."workspaceId" = ${workspaceId} AND d."archivedAt" IS NULL
    ORDER BY r.number DESC`
  // Every document has at least its imported revision.
  if (rows.length === 0) throw new AppError('NOT_FOUND', 'Document not found')
  return rows.map(({ name, email, ...revision }) => ({ ...revision, createdBy: { name, email } }))
}
