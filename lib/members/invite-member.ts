import 'server-only'
import { recordActivity } from '@/lib/activity/record-activity'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import { parseInput } from '@/lib/validation'
import { ZInviteMember } from './schemas'

// Someone with an account joins at once; anyone else gets an invitation that turns
// into a membership when they sign up with that email.
export async function inviteMember({ actor, ...input }: { actor: Actor } & Record<string, unknown>) {
  const { workspaceId, email, role } = parseInput(ZInviteMember, input)
  return getDb().$transaction(async (tx) => {
    await requireWorkspaceAccess(tx, actor, workspaceId, 'workspace.manageMembers')
    const user = await tx.user.findUnique({ where: { email }, select: { id: true } })
    if (user) {
      const existing = await tx.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId: user.id } } })
      if (existing) throw new AppError('CONFLICT', `${email} is already a member of this workspace`, [{ field: 'email', message: 'is already a member' }])
      const membership = await tx.membership.create({ data: { workspaceId, userId: user.id, role } })
      await recordActivity(tx, { workspaceId, actorId: actor.id, subjectType: 'Membership', subjectId: membership.id, action: 'member.added', after: { email, role } })
      return { kind: 'member' as const, id: membership.id, email, role }
    }
    const pending = await tx.invitation.findFirst({ where: { workspaceId, email, acceptedAt: null, revokedAt: null } })
    if (pending) throw new AppError('CONFLICT', `${email} has already been invited`, [{ field: 'email', message: 'is already invited' }])
    const invitation = await tx.invitation.create({ data: { workspaceId, email, role, invitedById: actor.id } })
    await recordActivity(tx, { workspaceId, actorId: actor.id, subjectType: 'Invitation', subjectId: invitation.id, action: 'member.invited', after: { email, role } })
    return { kind: 'invitation' as const, id: invitation.id, email, role }
  })
}
