import 'server-only'
import { displayName } from '@/lib/comments/comment-records'
import type { Db } from '@/lib/db/client'
import { renderComment } from '@/lib/markdown/render-comment'

interface RevisionCommentsQuery {
  workspaceId: string
  documentId: string
  revisionId: string
  isLatest: boolean
}

// A comment on a selection as it stood in one revision: its words and place then.
export interface RevisionComment {
  id: string
  author: string
  // Raw Markdown, and the same rendered by the strict comment renderer (safe as HTML).
  body: string
  html: string
  start: number
  end: number
  quote: string
  createdAt: string
}

const AUTHOR = { select: { name: true, email: true } } as const

// The comments on a selection of one revision, in text order. The latest revision shows
// the comments anchored in it now; an older one the anchors kept when edits moved its
// comments on, plus the comments an edit lost (orphaned), which keep their last good
// anchor there. Deleted comments are left out.
export async function findPastRevisionComments(db: Db, { workspaceId, documentId, revisionId, isLatest }: RevisionCommentsQuery): Promise<RevisionComment[]> {
  const scope = { workspaceId, documentId, deletedAt: null }
  const anchoredHere = await db.comment.findMany({
    where: { ...scope, revisionId, start: { not: null }, end: { not: null }, quote: { not: null }, ...(isLatest ? { orphanedAt: null } : {}) },
    include: { author: AUTHOR },
  })
  const kept = isLatest
    ? []
    : await db.commentAnchor.findMany({
        where: { revisionId, comment: scope },
        include: { comment: { include: { author: AUTHOR } } },
        orderBy: { createdAt: 'asc' },
      })
  const hereIds = new Set(anchoredHere.map((comment) => comment.id))
  const rows = [
    ...anchoredHere.map((comment) => ({ comment, start: comment.start!, end: comment.end!, quote: comment.quote! })),
    // a comment orphaned by the edit that followed has both its kept anchor and its
    // last good one here: the same place, shown once
    ...kept.filter((anchor) => !hereIds.has(anchor.commentId)).map(({ comment, start, end, quote }) => ({ comment, start, end, quote })),
  ]
  const unique = [...new Map(rows.map((row) => [row.comment.id, row] as const)).values()]

  const mentionedIds = [...new Set(unique.flatMap((row) => row.comment.mentionedUserIds))]
  const mentioned = mentionedIds.length ? await db.user.findMany({ where: { id: { in: mentionedIds } }, select: { id: true, email: true, name: true } }) : []
  const usersById = new Map(mentioned.map((user) => [user.id, user]))

  return unique
    .map(({ comment, start, end, quote }) => ({
      id: comment.id,
      author: displayName(comment.author),
      body: comment.body,
      html: renderComment(
        comment.body,
        comment.mentionedUserIds.flatMap((id) => usersById.get(id) ?? []),
      ),
      start,
      end,
      quote,
      createdAt: comment.createdAt.toISOString(),
    }))
    .sort((a, b) => a.start - b.start || b.end - a.end || a.createdAt.localeCompare(b.createdAt))
}
