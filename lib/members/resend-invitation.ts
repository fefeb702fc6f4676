import 'server-only'
import { z } from 'zod'
import { recordActivity } from '@/lib/activity/record-activity'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import { dispatchMail } from '@/lib/mail/dispatch-mail'
import { queueMail } from '@/lib/mail/queue-mail'
import { ZId, parseInput } from '@/lib/validation'
import { INVITATION_LIFETIME_MS } from './invite-member'

const ZResendInvitation = z.object({ workspaceId: ZId, invitationId: ZId })

// A new mail with a new link, valid for another 7 days; the earlier link stops working
// when the new one is minted. Expired invitations may be resent too.
export async function resendInvitation({ actor, ...input }: { actor: Actor } & Record<string, unknown>) {
  const { workspaceId, invitationId } = parseInput(ZResendInvitation, input)
  const { invitation, mailId } = await getDb().$transaction(async (tx) => {
    await requireWorkspaceAccess(tx, actor, workspaceId, 'workspace.manageMembers')
    const found = await tx.invitation.findFirst({ where: { id: invitationId, workspaceId, acceptedAt: null, revokedAt: null } })
    if (!found) throw new AppError('NOT_FOUND', 'Pending invitation not found in this workspace')
    const invitation = await tx.invitation.update({ where: { id: found.id }, data: { expiresAt: new Date(Date.now() + INVITATION_LIFETIME_MS), lastSentAt: new Date() } })
    await recordActivity(tx, { workspaceId, actorId: actor.id, subjectType: 'Invitation', subjectId: invitation.id, action: 'invitation.resent', after: { email: invitation.email, role: invitation.role } })
    const mailId = await queueMail(tx, { kind: 'invitation', to: invitation.email, workspaceId, params: { invitationId: invitation.id } })
    return { invitation, mailId }
  })
  await dispatchMail([mailId])
  return { id: invitation.id, email: invitation.email, role: invitation.role, expiresAt: invitation.expiresAt }
}
