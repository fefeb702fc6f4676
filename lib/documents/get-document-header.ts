import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb } from '@/lib/db/client'
import { isoTime, jsonPerson, preparedQuery } from '@/lib/db/prepared-query'
import { AppError } from '@/lib/errors'
import { parseInput } from '@/lib/validation'
import { ZDocumentRef } from './schemas'

// Dates as ISO text, as the page receives them in JSON.
export interface DocumentHeaderView {
  id: string
  title: string
  author: string | null
  publisher: string | null
  publishedAt: string | null
  sourceUrl: string | null
  revisionCount: number
  revision: { number: number; contentHash: string; createdAt: string; createdBy: { name: string | null; email: string } }
  // The newest activity on the document (an ActivityEvent id, "0" for none).
  latestActivityId: string
  // The workspace's people, whom the page offers for @mentions and assignment.
  members: { id: string; name: string | null; email: string }[]
}

type HeaderRow = Omit<DocumentHeaderView, 'revision'> & {
  number: number
  contentHash: string
  createdAt: string
  createdByName: string | null
  createdByEmail: string
}

// One statement, one snapshot: the newest activity is read with the rest, so whatever
// commits after it is announced live to the page that shows this. The page asks on
// every view, so the members come in the same round trip.
const selectHeader = preparedQuery<HeaderRow>(
  'get_document_header',
  `SELECT d.id, d.title, d.author, d.publisher, to_char(d."publishedAt", 'YYYY-MM-DD"T00:00:00.000Z"') AS "publishedAt", d."sourceUrl",
          r.number, r."contentHash", ${isoTime('r."createdAt"')} AS "createdAt", u.name AS "createdByName", u.email AS "createdByEmail",
          (SELECT count(*)::int FROM "DocumentRevision" WHERE "documentId" = d.id) AS "revisionCount",
          (SELECT coalesce(max(e.id), 0)::text FROM "ActivityEvent" e WHERE e."workspaceId" = d."workspaceId" AND e."documentId" = d.id) AS "latestActivityId",
          (SELECT json_agg(${jsonPerson('p')} ORDER BY m."createdAt")
             FROM "Membership" m JOIN "User" p ON p.id = m."userId" WHERE m."workspaceId" = d."workspaceId") AS members
     FROM "Document" d
     JOIN LATERAL (SELECT number, "contentHash", "createdAt", "createdById" FROM "DocumentRevision" WHERE "documentId" = d.id ORDER BY number DESC LIMIT 1) r ON true
     JOIN "User" u ON u.id = r."createdById"
    WHERE d."workspaceId" = $1 AND d.id = $2 AND d."archivedAt" IS NULL`,
)

// What the document page shows above the text, without the text: the page loads that
// separately (find-document-view.ts). The caller's role comes with it.
export async function getDocumentHeader({ actor, ...input }: { actor: Actor } & Record<string, unknown>) {
  const { workspaceId, documentId } = parseInput(ZDocumentRef, input)
  const { role } = await requireWorkspaceAccess(getDb(), actor, workspaceId, 'workspace.read')
  const [row] = await selectHeader([workspaceId, documentId])
  if (!row) throw new AppError('NOT_FOUND', 'Document not found')
  const { number, contentHash, createdAt, createdByName, createdByEmail, ...document } = row
  const header: DocumentHeaderView = { ...document, revision: { number, contentHash, createdAt, createdBy: { name: createdByName, email: createdByEmail } } }
  return { ...header, role }
}
