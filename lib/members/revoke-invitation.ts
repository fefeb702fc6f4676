import 'server-only'
import { z } from 'zod'
import { recordActivity } from '@/lib/activity/record-activity'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import { ZId, parseInput } from '@/lib/validation'

const ZRevokeInvitation = z.object({ workspaceId: ZId, invitationId: ZId })

// A pending invitation is withdrawn (kept, marked revoked); the email then joins nothing on sign-up.
export async function revokeInvitation({ actor, ...input }: { actor: Actor } & Record<string, unknown>) {
  const { workspaceId, invitationId } = parseInput(ZRevokeInvitation, input)
  return getDb().$transaction(async (tx) => {
    await requireWorkspaceAccess(tx, actor, workspaceId, 'workspace.manageMembers')
    const invitation = await tx.invitation.findFirst({ where: { id: invitationId, workspaceId, acceptedAt: null, revokedAt: null } })
    if (!invitation) throw new AppError('NOT_FOUND', 'Pending invitation not found in this workspace')
    await tx.invitation.update({ where: { id: invitation.id }, data: { revokedAt: new Date() } })
    await recordActivity(tx, { workspaceId, actorId: actor.id, subjectType: 'Invitation', subjectId: invitation.id, action: 'invitation.revoked', before: { email: invitation.email, role: invitation.role } })
  })
}
