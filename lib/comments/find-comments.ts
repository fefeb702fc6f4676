import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb } from '@/lib/db/client'
import { renderComment } from '@/lib/markdown/render-comment'
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

// The document's comment threads (or one claim's), oldest first: each first comment
// with its replies. Deleted comments are left out, except a first comment that still
// has replies, which keeps its place without its words.
export async function findComments({ actor, ...input }: { actor: Actor } & Record<string, unknown>): Promise<CommentView[]> {
  const { workspaceId, documentId, claimId } = parseInput(ZFindComments, input)
  const db = getDb()
  await requireWorkspaceAccess(db, actor, workspaceId, 'workspace.read')
  const comments = await db.comment.findMany({
    where: { workspaceId, documentId, ...(claimId ? { claimId } : {}) },
    include: { author: { select: { name: true, email: true } }, resolvedBy: { select: { name: true, email: true } }, _count: { select: { edits: true } } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  })
  const mentionedIds = [...new Set(comments.flatMap((comment) => (comment.deletedAt ? [] : comment.mentionedUserIds)))]
  const mentioned = mentionedIds.length ? await db.user.findMany({ where: { id: { in: mentionedIds } }, select: { id: true, email: true, name: true } }) : []
  const usersById = new Map(mentioned.map((user) => [user.id, user]))

  const views = comments.map((comment): CommentView => {
    const isDeleted = comment.deletedAt !== null
    const mentions = comment.mentionedUserIds.flatMap((id) => usersById.get(id) ?? [])
    return {
      id: comment.id,
      claimId: comment.claimId,
      parentId: comment.parentId,
      authorId: comment.authorId,
      author: displayName(comment.author),
      body: isDeleted ? '' : comment.body,
      html: isDeleted ? '' : renderComment(comment.body, mentions),
      createdAt: comment.createdAt.toISOString(),
      version: comment.version,
      isEdited: comment.editedAt !== null,
      editedAt: comment.editedAt?.toISOString() ?? null,
      editCount: comment._count.edits,
      isDeleted,
      mentionedUserIds: isDeleted ? [] : comment.mentionedUserIds,
      anchor: !isDeleted && comment.start !== null && comment.end !== null && comment.quote !== null && !comment.orphanedAt ? { start: comment.start, end: comment.end, quote: comment.quote } : null,
      isOrphaned: comment.orphanedAt !== null,
      lastQuote: comment.quote,
      isResolved: comment.resolvedAt !== null,
      resolvedAt: comment.resolvedAt?.toISOString() ?? null,
      resolvedBy: comment.resolvedBy ? displayName(comment.resolvedBy) : null,
      replies: [],
    }
  })
  const roots = new Map(views.filter((view) => !view.parentId).map((view) => [view.id, view]))
  for (const view of views) {
    if (view.parentId && !view.isDeleted) roots.get(view.parentId)?.replies.push(view)
  }
  return [...roots.values()].filter((root) => !root.isDeleted || root.replies.length > 0)
}
