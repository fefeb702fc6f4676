import 'server-only'
import { recordActivity } from '@/lib/activity/record-activity'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { can } from '@/lib/auth/roles'
import { getDb } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import { notify } from '@/lib/notifications/notify'
import { parseInput } from '@/lib/validation'
import { excerpt, lockClaim } from './review-claim'
import { ZAssignClaim } from './schemas'

// Gives a claim to a reviewer (or takes it back with null); the assignee is told.
export async function assignClaim({ actor, ...input }: { actor: Actor } & Record<string, unknown>) {
  const { workspaceId, claimId, version, assigneeId } = parseInput(ZAssignClaim, input)
  return getDb().$transaction(async (tx) => {
    await requireWorkspaceAccess(tx, actor, workspaceId, 'claim.edit')
    const claim = await lockClaim(tx, workspaceId, claimId)
    if (claim.version !== version) {
      throw new AppError('CONFLICT', 'Someone changed this claim since you opened it. Reload to see their change.', [], { currentVersion: String(claim.version) })
    }
    if (assigneeId !== null) {
      const membership = await tx.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId: assigneeId } }, select: { role: true } })
      if (!membership || !can(membership.role, 'claim.review')) {
        throw new AppError('INVALID_INPUT', 'assigneeId: is not a member of this workspace who can review', [{ field: 'assigneeId', message: 'is not a member of this workspace who can review' }])
      }
    }
    if (claim.assigneeId === assigneeId) return { id: claim.id, assigneeId, version: claim.version }
    await tx.claim.update({ where: { id: claimId }, data: { assigneeId, version: { increment: 1 } } })
    await recordActivity(tx, {
      workspaceId,
      actorId: actor.id,
      subjectType: 'Claim',
      subjectId: claimId,
      documentId: claim.documentId,
      claimId,
      action: assigneeId ? 'claim.assigned' : 'claim.unassigned',
      before: { assigneeId: claim.assigneeId },
      after: { assigneeId },
    })
    if (assigneeId) {
      await notify(tx, [assigneeId], { workspaceId, actorId: actor.id, kind: 'ASSIGNMENT', documentId: claim.documentId, claimId, message: `${actor.name || actor.email} assigned you a claim to review: “${excerpt(claim.quote)}”` })
    }
    return { id: claim.id, assigneeId, version: claim.version + 1 }
  })
}
