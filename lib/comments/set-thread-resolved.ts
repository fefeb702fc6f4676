import 'server-only'
import { recordActivity } from '@/lib/activity/record-activity'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import { parseInput } from '@/lib/validation'
import { ZSetThreadResolved } from './schemas'

// Resolves or reopens a whole thread: the state lives on its first comment, whichever
// comment of the thread is named. Asking for the state it already has changes nothing.
// The version is left alone: it guards the words, and resolving must not make the
// author's open edit conflict.
export async function setThreadResolved({ actor, ...input }: { actor: Actor } & Record<string, unknown>) {
  const { workspaceId, commentId, isResolved } = parseInput(ZSetThreadResolved, input)
  return getDb().$transaction(async (tx) => {
    await requireWorkspaceAccess(tx, actor, workspaceId, 'claim.review')
    const comment = await tx.comment.findFirst({ where: { id: commentId, workspaceId } })
    if (!comment || (comment.parentId && comment.deletedAt)) throw new AppError('NOT_FOUND', 'Comment not found')
    const root = comment.parentId ? await tx.comment.findFirst({ where: { id: comment.parentId, workspaceId } }) : comment
    if (!root) throw new AppError('NOT_FOUND', 'Thread not found')
    if (Boolean(root.resolvedAt) === isResolved) return { id: root.id, isResolved }
    await tx.comment.update({ where: { id: root.id }, data: isResolved ? { resolvedAt: new Date(), resolvedById: actor.id } : { resolvedAt: null, resolvedById: null } })
    await recordActivity(tx, { workspaceId, actorId: actor.id, subjectType: 'Comment', subjectId: root.id, documentId: root.documentId, claimId: root.claimId, action: isResolved ? 'comment.resolved' : 'comment.reopened', before: { isResolved: !isResolved }, after: { isResolved } })
    return { id: root.id, isResolved }
  })
}
