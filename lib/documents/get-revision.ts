import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { findClaims, type ClaimView } from '@/lib/claims/find-claims'
import { getDb } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import { parseInput } from '@/lib/validation'
import { readerDocumentOf } from './editor-document-of'
import { findPastRevisionClaims } from './revision-claims'
import { findPastRevisionComments } from './revision-comments'
import { ZDocumentRef } from './schemas'

// Postgres integer: a larger number cannot name a revision and would fail in the query.
const MAX_REVISION_NUMBER = 2_147_483_647

// Route parameters arrive as strings.
export const ZRevisionRef = ZDocumentRef.extend({
  number: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .positive('must be 1 or more')
    .max(MAX_REVISION_NUMBER, 'is too large'),
})

// One revision of a document, read only, with its claims and comments as they stood in
// it (comments: see findPastRevisionComments). Claims: for the
// latest revision the live claims anchored to it (claims an edit lost keep their
// anchor in an older revision, so they are not among them); for an older one, the
// anchors kept when edits moved claims on.
export async function getRevision({ actor, ...input }: { actor: Actor } & Record<string, unknown>) {
  const { workspaceId, documentId, number } = parseInput(ZRevisionRef, input)
  const db = getDb()
  await requireWorkspaceAccess(db, actor, workspaceId, 'workspace.read')
  const document = await db.document.findFirst({
    where: { id: documentId, workspaceId, archivedAt: null },
    select: { id: true, title: true, revisions: { orderBy: { number: 'desc' }, take: 1, select: { number: true } } },
  })
  if (!document) throw new AppError('NOT_FOUND', 'Document not found')
  const revision = await db.documentRevision.findUnique({
    where: { documentId_number: { documentId, number } },
    select: {
      id: true,
      number: true,
      text: true,
      blocks: true,
      content: true,
      source: true,
      baseNumber: true,
      createdAt: true,
      createdBy: { select: { name: true, email: true } },
    },
  })
  if (!revision) throw new AppError('NOT_FOUND', 'Revision not found')
  const latestNumber = document.revisions[0]?.number ?? revision.number
  const isLatest = revision.number === latestNumber
  const current = await findClaims({ actor, workspaceId, documentId })
  const claims: ClaimView[] = isLatest
    ? current.filter((claim) => claim.revisionId === revision.id)
    : await findPastRevisionClaims(db, { workspaceId, documentId, revisionId: revision.id, current })
  const comments = await findPastRevisionComments(db, { workspaceId, documentId, revisionId: revision.id, isLatest })
  return { document: { id: document.id, title: document.title }, revision, reader: readerDocumentOf(revision), latestNumber, isLatest, claims, comments }
}
