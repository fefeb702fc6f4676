import 'server-only'
import { recordActivity } from '@/lib/activity/record-activity'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb } from '@/lib/db/client'
import { parseInput } from '@/lib/validation'
import { assertOwnerRemains, getMembershipInWorkspace } from './owner-guard'
import { ZRemoveMember } from './schemas'

// The membership row goes; what the member wrote stays, attributed to them, and the
// activity log keeps who removed whom.
export async function removeMember({ actor, ...input }: { actor: Actor } & Record<string, unknown>) {
  const { workspaceId, membershipId } = parseInput(ZRemoveMember, input)
  return getDb().$transaction(async (tx) => {
    await requireWorkspaceAccess(tx, actor, workspaceId, 'workspace.manageMembers')
    const membership = await getMembershipInWorkspace(tx, workspaceId, membershipId)
    if (membership.role === 'OWNER') await assertOwnerRemains(tx, workspaceId, 'remove')
    await tx.membership.delete({ where: { id: membership.id } })
    await recordActivity(tx, { workspaceId, actorId: actor.id, subjectType: 'Membership', subjectId: membership.id, action: 'member.removed', before: { userId: membership.userId, email: membership.user.email, role: membership.role } })
  })
}
