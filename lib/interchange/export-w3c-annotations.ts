import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { displayName } from '@/lib/comments/comment-records'
import { getDb } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import { parseInput, ZId } from '@/lib/validation'
import { w3cAnnotationCollection, type AnnotationCollection } from './w3c-annotations'

const ZExportW3c = z.object({ workspaceId: ZId, documentId: ZId, baseUrl: z.url().optional() })

// The current revision's claims (not dismissed, merged away or orphaned) and its
// comments on a selection of the text, as a W3C AnnotationCollection.
export async function exportW3cAnnotations({ actor, ...input }: { actor: Actor } & Record<string, unknown>): Promise<AnnotationCollection> {
  const { workspaceId, documentId, baseUrl } = parseInput(ZExportW3c, input)
  const db = getDb()
  await requireWorkspaceAccess(db, actor, workspaceId, 'workspace.read')
  const document = await db.document.findFirst({ where: { id: documentId, workspaceId }, select: { id: true, title: true } })
  if (!document) throw new AppError('NOT_FOUND', 'Document not found')
  const revision = await db.documentRevision.findFirstOrThrow({ where: { documentId }, orderBy: { number: 'desc' }, select: { id: true, number: true, text: true } })
  const [claims, comments] = await Promise.all([
    db.claim.findMany({
      where: { workspaceId, documentId, revisionId: revision.id, dismissedAt: null, supersededAt: null, orphanedAt: null },
      orderBy: [{ start: 'asc' }, { end: 'asc' }],
      select: { id: true, start: true, end: true, kind: true, status: true, verdict: true, createdAt: true },
    }),
    db.comment.findMany({
      where: { workspaceId, documentId, revisionId: revision.id, parentId: null, deletedAt: null, orphanedAt: null, start: { not: null }, end: { not: null } },
      orderBy: { createdAt: 'asc' },
      select: { id: true, start: true, end: true, body: true, createdAt: true, author: { select: { name: true, email: true } } },
    }),
  ])
  return w3cAnnotationCollection({
    document: { id: document.id, title: document.title, revision, text: revision.text },
    claims: claims.map((claim) => ({ ...claim, createdAt: claim.createdAt.toISOString() })),
    comments: comments.map((comment) => ({ id: comment.id, start: comment.start!, end: comment.end!, body: comment.body, author: displayName(comment.author), createdAt: comment.createdAt.toISOString() })),
    baseUrl: baseUrl ? `${baseUrl.replace(/\/+$/, '')}/w/${workspaceId}` : undefined,
  })
}
