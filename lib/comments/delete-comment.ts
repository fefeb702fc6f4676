import 'server-only'
import { recordActivity } from '@/lib/activity/record-activity'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { can } from '@/lib/auth/roles'
import { getDb } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import { parseInput } from '@/lib/validation'
import { requireVersion, updateCommentAtVersion } from './comment-records'
import { ZDeleteComment } from './schemas'

// Soft: the row and its words stay (nothing a report may cite is deleted for real),
// but the body is never returned again; a thread with replies shows "comment deleted"
// in its place. Its author may delete it, and so may editors.
export async function deleteComment({ actor, ...input }: { actor: Actor } & Record<string, unknown>) {
  const { workspaceId, commentId, version } = parseInput(ZDeleteComment, input)
  return getDb().$transaction(async (tx) => {
    const { role } = await requireWorkspaceAccess(tx, actor, workspaceId, 'workspace.read')
    const comment = await tx.comment.findFirst({ where: { id: commentId, workspaceId } })
    if (!comment) throw new AppError('NOT_FOUND', 'Comment not found')
    const isAuthor = comment.authorId === actor.id
    if (!can(role, isAuthor ? 'claim.review' : 'claim.edit')) {
      throw new AppError('FORBIDDEN', isAuthor ? `Your role (${role.toLowerCase()}) does not allow deleting comments` : 'Only its author or an editor can delete a comment')
    }
    // Deleting twice (a double submit) changes nothing and is no error.
    if (comment.deletedAt) return { id: comment.id, isDeleted: true }
    requireVersion(comment, version)
    await updateCommentAtVersion(tx, comment, { deletedAt: new Date() })
    await recordActivity(tx, { workspaceId, actorId: actor.id, subjectType: 'Comment', subjectId: comment.id, documentId: comment.documentId, claimId: comment.claimId, action: 'comment.deleted', before: { authorId: comment.authorId, parentId: comment.parentId } })
    return { id: comment.id, isDeleted: true }
  })
}
