import 'server-only'
import { recordActivity } from '@/lib/activity/record-activity'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import { parseMentions } from '@/lib/markdown/mentions'
import { notify } from '@/lib/notifications/notify'
import { parseInput } from '@/lib/validation'
import { displayName, excerpt, findMembers, getLiveComment, requireVersion, updateCommentAtVersion } from './comment-records'
import { ZEditComment } from './schemas'

// Only the author rewrites a comment. The words it replaces are kept as a CommentEdit,
// so the thread can show "edited" and what it said before; members newly mentioned
// are told, those mentioned already are not told twice.
export async function editComment({ actor, ...input }: { actor: Actor } & Record<string, unknown>) {
  const { workspaceId, commentId, version, body } = parseInput(ZEditComment, input)
  return getDb().$transaction(async (tx) => {
    await requireWorkspaceAccess(tx, actor, workspaceId, 'claim.review')
    const comment = await getLiveComment(tx, workspaceId, commentId)
    if (comment.authorId !== actor.id) throw new AppError('FORBIDDEN', 'Only its author can edit a comment')
    // The same words again: a double submit of an edit already saved.
    if (comment.body === body) return { id: comment.id, version: comment.version }
    requireVersion(comment, version)
    const mentionedUserIds = parseMentions(body, await findMembers(tx, workspaceId))
    await tx.commentEdit.create({ data: { commentId: comment.id, body: comment.body, editedById: actor.id } })
    await updateCommentAtVersion(tx, comment, { body, mentionedUserIds, editedAt: new Date() })
    await recordActivity(tx, { workspaceId, actorId: actor.id, subjectType: 'Comment', subjectId: comment.id, documentId: comment.documentId, claimId: comment.claimId, action: 'comment.edited', before: { characters: comment.body.length }, after: { characters: body.length } })
    const newlyMentioned = mentionedUserIds.filter((id) => !comment.mentionedUserIds.includes(id))
    await notify(tx, newlyMentioned, { workspaceId, actorId: actor.id, kind: 'MENTION', documentId: comment.documentId, claimId: comment.claimId, commentId: comment.id, message: `${displayName(actor)} mentioned you: “${excerpt(body)}”` })
    return { id: comment.id, version: comment.version + 1 }
  })
}
