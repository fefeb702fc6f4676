import 'server-only'
import { reanchor } from '@/lib/anchor/reanchor'
import { textQuoteSelector } from '@/lib/anchor/selectors'
import type { Tx } from '@/lib/db/client'

// Comments on a selection follow an edit like claims do: re-anchored with the same
// engine, or orphaned with their last quote kept. Each one's anchor in the old revision
// is kept first (CommentAnchor), so that revision still shows its comments as they were.
// Returns how many were orphaned.
export async function reanchorComments(tx: Tx, edit: { documentId: string; oldRevisionId: string; oldText: string; newRevisionId: string; newText: string }): Promise<number> {
  const comments = await tx.comment.findMany({
    where: { documentId: edit.documentId, revisionId: edit.oldRevisionId, orphanedAt: null, deletedAt: null, start: { not: null } },
    select: { id: true, start: true, end: true, quote: true, prefix: true, suffix: true },
  })
  if (comments.length > 0) {
    await tx.commentAnchor.createMany({
      data: comments.map((comment) => ({
        commentId: comment.id,
        revisionId: edit.oldRevisionId,
        start: comment.start!,
        end: comment.end!,
        quote: comment.quote ?? '',
        prefix: comment.prefix ?? '',
        suffix: comment.suffix ?? '',
      })),
    })
  }
  const anchors = comments.map((comment) => ({ id: comment.id, start: comment.start!, end: comment.end!, exact: comment.quote ?? '', prefix: comment.prefix ?? '', suffix: comment.suffix ?? '' }))
  let orphaned = 0
  for (const result of reanchor(edit.oldText, edit.newText, anchors)) {
    if (result.start === undefined || result.end === undefined) {
      orphaned++
      await tx.comment.update({ where: { id: result.id }, data: { orphanedAt: new Date() } })
      continue
    }
    const { exact, prefix, suffix } = textQuoteSelector(edit.newText, result.start, result.end)
    await tx.comment.update({ where: { id: result.id }, data: { revisionId: edit.newRevisionId, start: result.start, end: result.end, quote: exact, prefix, suffix } })
  }
  return orphaned
}
