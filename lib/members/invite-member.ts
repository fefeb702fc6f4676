import 'server-only'
import { recordActivity } from '@/lib/activity/record-activity'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb } from '@/lib/db/client'
import { isUniqueViolation } from '@/lib/db/unique-violation'
import { AppError } from '@/lib/errors'
import { dispatchMail } from '@/lib/mail/dispatch-mail'
import { queueMail } from '@/lib/mail/queue-mail'
import { parseInput } from '@/lib/validation'
import { ZInviteMember } from './schemas'

export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000

// Everyone is invited by mail, whether or not they have an account: a membership is
// made only when the owner of the invited address accepts through the link
// (accept-invitation.ts), never from an email that merely matches.
export async function inviteMember({ actor, ...input }: { actor: Actor } & Record<string, unknown>) {
  const { workspaceId, email, role } = parseInput(ZInviteMember, input)
  const { invitation, mailId } = await getDb().$transaction(async (tx) => {
    await requireWorkspaceAccess(tx, actor, workspaceId, 'workspace.manageMembers')
    const member = await tx.membership.findFirst({ where: { workspaceId, user: { email } }, select: { id: true } })
    if (member) throw new AppError('CONFLICT', `${email} is already a member of this workspace`, [{ field: 'email', message: 'is already a member' }])
    const pending = await tx.invitation.findFirst({ where: { workspaceId, pendingEmail: email }, select: { id: true, expiresAt: true } })
    if (pending && pending.expiresAt > new Date()) throw alreadyInvited(email)
    // An expired invitation gives way to the new one (the unique pending index allows one).
    if (pending) await tx.invitation.update({ where: { id: pending.id }, data: { revokedAt: new Date() } })
    const invitation = await tx.invitation
      .create({ data: { workspaceId, email, role, invitedById: actor.id, expiresAt: new Date(Date.now() + INVITATION_LIFETIME_MS) } })
      .catch((error: unknown) => {
        // The same address invited twice at once: the other request's invitation stands.
        throw isUniqueViolation(error) ? alreadyInvited(email) : error
      })
    await recordActivity(tx, { workspaceId, actorId: actor.id, subjectType: 'Invitation', subjectId: invitation.id, action: 'member.invited', after: { email, role } })
    const mailId = await queueMail(tx, { kind: 'invitation', to: email, workspaceId, params: { invitationId: invitation.id } })
    return { invitation, mailId }
  })
  await dispatchMail([mailId])
  return { kind: 'invitation' as const, id: invitation.id, email, role, expiresAt: invitation.expiresAt }
}

function alreadyInvited(email: string): AppError {
  return new AppError('CONFLICT', `${email} has already been invited. Resend the invitation from the list instead.`, [{ field: 'email', message: 'is already invited' }])
}
