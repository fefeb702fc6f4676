import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb } from '@/lib/db/client'
import { isoTime, jsonPerson, preparedQuery } from '@/lib/db/prepared-query'
import { renderComment, type MentionTarget } from '@/lib/markdown/render-comment'
import { parseInput } from '@/lib/validation'
import { displayName } from './comment-records'
import { ZFindComments } from './schemas'

export interface CommentView {
  id: string
  claimId: string | null
  // The thread's first comment; null for that first comment itself.
  parentId: string | null
  authorId: string
  author: string
  // Raw Markdown, for its author to edit; "" once deleted.
  body: string
  // The body rendered by the strict Markdown subset renderer: safe to set as HTML.
  html: string
  createdAt: string
  version: number
  isEdited: boolean
  editedAt: string | null
  editCount: number
  // A deleted first comment stays as a "comment deleted" placeholder while it has replies.
  isDeleted: boolean
  mentionedUserIds: string[]
  // Where it is anchored in the current text; null for a comment on the whole document or a claim.
  anchor: { start: number; end: number; quote: string } | null
  // Its words were lost in an edit; `lastQuote` is what it was about.
  isOrphaned: boolean
  lastQuote: string | null
  // The thread's state, on its first comment.
  isResolved: boolean
  resolvedAt: string | null
  resolvedBy: string | null
  // Replies, oldest first; always empty on a reply.
  replies: CommentView[]
}

export type CommentRow = Pick<CommentView, 'id' | 'claimId' | 'parentId' | 'authorId' | 'body' | 'createdAt' | 'version' | 'editedAt' | 'editCount' | 'isDeleted' | 'mentionedUserIds' | 'isOrphaned' | 'resolvedAt'> & {
  start: number | null
  end: number | null
  quote: string | null
  author: { name: string | null; email: string }
  resolvedBy: { name: string | null; email: string } | null
}

// The columns of a CommentRow, from "Comment" c joined to its author a and resolver r.
export const COMMENT_ROW_SQL = `SELECT c.id, c."claimId", c."parentId", c."authorId", c.body, ${isoTime('c."createdAt"')} AS "createdAt", c.version,
          ${isoTime('c."editedAt"')} AS "editedAt", c."deletedAt" IS NOT NULL AS "isDeleted", c."mentionedUserIds",
          c.start, c."end", c.quote, c."orphanedAt" IS NOT NULL AS "isOrphaned", ${isoTime('c."resolvedAt"')} AS "resolvedAt",
          ${jsonPerson('a')} AS author, CASE WHEN r.id IS NULL THEN NULL ELSE ${jsonPerson('r')} END AS "resolvedBy",
          (SELECT count(*)::int FROM "CommentEdit" e WHERE e."commentId" = c.id) AS "editCount"
     FROM "Comment" c JOIN "User" a ON a.id = c."authorId" LEFT JOIN "User" r ON r.id = c."resolvedById"`

// The document page and every claim panel read these: prepared statements
// (lib/db/prepared-query.ts). $3 is a claim id, or null for the whole document.
const selectComments = preparedQuery<CommentRow>(
  'find_comments',
  `${COMMENT_ROW_SQL}
    WHERE c."workspaceId" = $1 AND c."documentId" = $2 AND ($3::text IS NULL OR c."claimId" = $3)
    ORDER BY c."createdAt", c.id`,
)
const selectUsers = preparedQuery<MentionTarget & { id: string }>('find_comment_mentions', `SELECT id, email, name FROM "User" WHERE id = ANY($1::text[])`)

// The document's comment threads (or one claim's), oldest first: each first comment
// with its replies. Deleted comments are left out, except a first comment that still
// has replies, which keeps its place without its words.
export async function findComments({ actor, ...input }: { actor: Actor } & Record<string, unknown>): Promise<CommentView[]> {
  const { workspaceId, documentId, claimId } = parseInput(ZFindComments, input)
  await requireWorkspaceAccess(getDb(), actor, workspaceId, 'workspace.read')
  const comments = await selectComments([workspaceId, documentId, claimId ?? null])
  return threadsOf(comments)
}

// Comment rows (each thread's first comment and its replies) as threads, oldest first.
// Deleted comments are left out, except a first comment that still has replies.
export async function threadsOf(comments: CommentRow[]): Promise<CommentView[]> {
  const mentionedIds = [...new Set(comments.flatMap((comment) => (comment.isDeleted ? [] : comment.mentionedUserIds)))]
  const usersById = new Map((mentionedIds.length ? await selectUsers([mentionedIds]) : []).map((user) => [user.id, user]))

  const views = comments.map(({ start, end, quote, author, resolvedBy, ...comment }): CommentView => {
    const { isDeleted } = comment
    const mentions = comment.mentionedUserIds.flatMap((id) => usersById.get(id) ?? [])
    return {
      ...comment,
      author: displayName(author),
      body: isDeleted ? '' : comment.body,
      html: isDeleted ? '' : renderComment(comment.body, mentions),
      isEdited: comment.editedAt !== null,
      mentionedUserIds: isDeleted ? [] : comment.mentionedUserIds,
      anchor: !isDeleted && start !== null && end !== null && quote !== null && !comment.isOrphaned ? { start, end, quote } : null,
      lastQuote: quote,
      isResolved: comment.resolvedAt !== null,
      resolvedBy: resolvedBy ? displayName(resolvedBy) : null,
      replies: [],
    }
  })
  const roots = new Map(views.filter((view) => !view.parentId).map((view) => [view.id, view]))
  for (const view of views) {
    if (view.parentId && !view.isDeleted) roots.get(view.parentId)?.replies.push(view)
  }
  return [...roots.values()].filter((root) => !root.isDeleted || root.replies.length > 0)
}
