import 'server-only'
import { randomUUID } from 'node:crypto'
import { announceActivitySql } from '@/lib/activity/record-activity'
import type { Tx } from '@/lib/db/client'
import { Prisma } from '@/lib/db/generated/client'
import { AppError } from '@/lib/errors'

interface ThreadComment {
  id: string
  parentId: string | null
  claimId: string | null
  authorId: string
}

export interface CommentContext {
  revision: { id: string; text: string | null }
  // The comment replied to, and its own parent when it is itself a reply.
  parent: ThreadComment | null
  grandparent: ThreadComment | null
  hasClaim: boolean
  members: { id: string; email: string; name: string | null }[]
}

// Everything a new comment is checked against, in one statement that also takes its
// locks: the document shared (an edit re-anchoring comments waits, see lockLatestRevision)
// and the author's lock on that document, so two submits of one comment run one after
// the other and the second's duplicate check (the next statement) sees the first.
export async function lockCommentContext(tx: Tx, input: { workspaceId: string; documentId: string; actorId: string; parentId: string | null; claimId: string | null; needsText: boolean }): Promise<CommentContext> {
  const { workspaceId, documentId, parentId, claimId } = input
  const threadComment = (id: string) => `json_build_object('id', ${id}.id, 'parentId', ${id}."parentId", 'claimId', ${id}."claimId", 'authorId', ${id}."authorId")`
  const [row] = await tx.$queryRaw<(Omit<CommentContext, 'revision' | 'members'> & { revisionId: string; text: string | null; members: CommentContext['members'] | null })[]>`
    SELECT r.id AS "revisionId", CASE WHEN ${input.needsText}::boolean THEN r.text END AS text,
      (SELECT ${Prisma.raw(threadComment('p'))} FROM "Comment" p WHERE p.id = ${parentId} AND p."workspaceId" = ${workspaceId} AND p."documentId" = ${documentId} AND p."deletedAt" IS NULL) AS parent,
      (SELECT ${Prisma.raw(threadComment('g'))} FROM "Comment" p JOIN "Comment" g ON g.id = p."parentId"
        WHERE p.id = ${parentId} AND g."workspaceId" = ${workspaceId} AND g."documentId" = ${documentId}) AS grandparent,
      EXISTS (SELECT 1 FROM "Claim" c WHERE c.id = ${claimId} AND c."workspaceId" = ${workspaceId} AND c."documentId" = ${documentId}) AS "hasClaim",
      (SELECT json_agg(json_build_object('id', u.id, 'email', u.email, 'name', u.name)) FROM "Membership" m JOIN "User" u ON u.id = m."userId" WHERE m."workspaceId" = ${workspaceId}) AS members,
      (SELECT 1 FROM pg_advisory_xact_lock(hashtext(${`comment:${input.actorId}:${documentId}`}))) AS locked
    FROM "Document" d
    CROSS JOIN LATERAL (SELECT id, text FROM "DocumentRevision" WHERE "documentId" = d.id ORDER BY number DESC LIMIT 1) r
    WHERE d.id = ${documentId} AND d."workspaceId" = ${workspaceId} AND d."archivedAt" IS NULL
    FOR SHARE OF d`
  if (!row) throw new AppError('NOT_FOUND', 'Document not found')
  return { revision: { id: row.revisionId, text: row.text }, parent: row.parent, grandparent: row.grandparent, hasClaim: row.hasClaim, members: row.members ?? [] }
}

export interface CommentWrite {
  workspaceId: string
  documentId: string
  actorId: string
  body: string
  claimId: string | null
  root: ThreadComment | null
  anchor: { revisionId?: string; start?: number; end?: number; quote?: string; prefix?: string; suffix?: string }
  mentionedUserIds: string[]
  activityAfter: Record<string, unknown>
  messages: { mention: string; reply: string }
  // A duplicate posted since then is returned instead of a new comment.
  doubleSubmitSeconds: number
}

// The comment, its activity row and announcement, and the inbox entries, in one
// statement; none of them if the same comment was just posted (its id is returned).
// Told of a reply: the thread's members who wrote in it, less those mentioned (told
// already) and the author.
export async function insertComment(tx: Tx, write: CommentWrite): Promise<{ id: string }> {
  const { workspaceId, documentId, actorId, body, claimId, root, anchor } = write
  const rootId = root?.id ?? null
  const mentioned = [...new Set(write.mentionedUserIds)].filter((id) => id !== actorId)
  const [row] = await tx.$queryRaw<{ id: string; announced: bigint }[]>`
    WITH duplicate AS (
      SELECT id FROM "Comment"
      WHERE "workspaceId" = ${workspaceId} AND "documentId" = ${documentId} AND "authorId" = ${actorId} AND "parentId" IS NOT DISTINCT FROM ${rootId}
        AND "claimId" IS NOT DISTINCT FROM ${claimId} AND body = ${body} AND start IS NOT DISTINCT FROM ${anchor.start ?? null}::int
        AND "end" IS NOT DISTINCT FROM ${anchor.end ?? null}::int AND "deletedAt" IS NULL AND "createdAt" >= now() - make_interval(secs => ${write.doubleSubmitSeconds})
      LIMIT 1
    ), comment AS (
      INSERT INTO "Comment" (id, "workspaceId", "documentId", "claimId", "parentId", "authorId", body, "mentionedUserIds", "revisionId", start, "end", quote, prefix, suffix, "createdAt", "updatedAt")
      SELECT ${randomUUID()}::text, ${workspaceId}::text, ${documentId}::text, ${claimId}::text, ${rootId}::text, ${actorId}::text, ${body}::text, ${write.mentionedUserIds}::text[], ${anchor.revisionId ?? null}::text,
        ${anchor.start ?? null}::int, ${anchor.end ?? null}::int, ${anchor.quote ?? null}::text, ${anchor.prefix ?? null}::text, ${anchor.suffix ?? null}::text, now(), now()
      WHERE NOT EXISTS (SELECT 1 FROM duplicate)
      RETURNING id
    ), activity AS (
      INSERT INTO "ActivityEvent" ("workspaceId", "actorId", "subjectType", "subjectId", "documentId", "claimId", action, after)
      SELECT ${workspaceId}::text, ${actorId}::text, 'Comment', comment.id, ${documentId}::text, ${claimId}::text, ${root ? 'comment.replied' : 'comment.created'}::text, ${JSON.stringify(write.activityAfter)}::jsonb
      FROM comment
      RETURNING *
    ), recipients AS (
      SELECT unnest(${mentioned}::text[]) AS "userId", 'MENTION'::text AS kind, ${write.messages.mention}::text AS message
      UNION
      SELECT author, 'REPLY'::text, ${write.messages.reply}::text
      FROM (SELECT ${root?.authorId ?? null}::text AS author UNION SELECT "authorId" FROM "Comment" WHERE "parentId" = ${rootId} AND "deletedAt" IS NULL) AS thread
      WHERE ${rootId}::text IS NOT NULL AND author <> ${actorId} AND author <> ALL (${mentioned}::text[])
        AND author IN (SELECT "userId" FROM "Membership" WHERE "workspaceId" = ${workspaceId})
    ), notified AS (
      INSERT INTO "Notification" (id, "workspaceId", "userId", "actorId", kind, "documentId", "claimId", "commentId", message)
      SELECT gen_random_uuid()::text, ${workspaceId}::text, recipients."userId", ${actorId}::text, recipients.kind::"NotificationKind", ${documentId}::text, ${claimId}::text, comment.id, recipients.message
      FROM recipients CROSS JOIN comment
    )
    SELECT coalesce((SELECT id FROM comment), (SELECT id FROM duplicate)) AS id, ${announceActivitySql('activity')} AS announced`
  return { id: row!.id }
}
