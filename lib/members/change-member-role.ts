import 'server-only'
import { recordActivity } from '@/lib/activity/record-activity'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb } from '@/lib/db/client'
import { parseInput } from '@/lib/validation'
import { assertOwnerRemains, getMembershipInWorkspace } from './owner-guard'
import { ZChangeMemberRole } from './schemas'

export async function changeMemberRole({ actor, ...input }: { actor: Actor } & Record<string, unknown>) {
  const { workspaceId, membershipId, role } = parseInput(ZChangeMemberRole, input)
  return getDb().$transaction(async (tx) => {
    await requireWorkspaceAccess(tx, actor, workspaceId, 'workspace.manageMembers')
    const membership = await getMembershipInWorkspace(tx, workspaceId, membershipId)
    if (membership.role === role) return membership
    if (membership.role === 'OWNER') await assertOwnerRemains(tx, workspaceId, 'demote')
    const updated = await tx.membership.update({ where: { id: membership.id }, data: { role } })
    await recordActivity(tx, { workspaceId, actorId: actor.id, subjectType: 'Membership', subjectId: membership.id, action: 'member.roleChanged', before: { role: membership.role }, after: { role } })
    return updated
  })
}
