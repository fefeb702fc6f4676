import 'server-only'
import { recordActivity } from '@/lib/activity/record-activity'
import type { Actor } from '@/lib/auth/actor'
import { getDb } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import { LinkError } from '@/lib/users/email-tokens'
import { findInvitationByToken } from './find-invitation-by-token'

// The only way into a workspace one did not create: a signed-in user whose verified
// address is the invited one opens the link and accepts.
export async function acceptInvitation({ actor, token }: { actor: Actor; token: unknown }) {
  return getDb().$transaction(async (tx) => {
    const invitation = await findInvitationByToken(tx, token, { lock: true })
    const user = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { email: true, emailVerifiedAt: true } })
    if (user.email !== invitation.email) {
      throw new LinkError('other-account', `This invitation was sent to another address. Sign in with the account for that address, or ask the owner to invite ${user.email}.`)
    }
    if (!user.emailVerifiedAt) throw new AppError('FORBIDDEN', 'Confirm your email address first: open the link we mailed you, or send a new one from your account page.', [], { problem: 'unverified' })
    const existing = await tx.membership.findUnique({ where: { workspaceId_userId: { workspaceId: invitation.workspaceId, userId: actor.id } } })
    const membership = existing ?? (await tx.membership.create({ data: { workspaceId: invitation.workspaceId, userId: actor.id, role: invitation.role } }))
    await tx.invitation.update({ where: { id: invitation.id }, data: { acceptedAt: new Date(), acceptedById: actor.id } })
    await recordActivity(tx, { workspaceId: invitation.workspaceId, actorId: actor.id, subjectType: 'Invitation', subjectId: invitation.id, action: 'invitation.accepted', after: { email: invitation.email, role: membership.role } })
    return { workspaceId: invitation.workspaceId, workspaceName: invitation.workspace.name, role: membership.role }
  })
}
