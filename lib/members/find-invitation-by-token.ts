import 'server-only'
import { hashLinkToken, isWellFormedLinkToken } from '@/lib/auth/link-token'
import { getDb, type Db, type Tx } from '@/lib/db/client'
import { LINK_MESSAGES, LinkError } from '@/lib/users/email-tokens'

export const INVITATION_MESSAGES = {
  revoked: 'This invitation was withdrawn by the workspace owner. Ask them to invite you again.',
  expired: 'This invitation has expired. Ask the workspace owner to resend it.',
  used: 'This invitation has already been accepted.',
}

// The invitation behind a link, or a LinkError that says what is wrong with the link.
// `lock`: inside the accepting transaction, so one link makes one membership.
export async function findInvitationByToken(db: Db | Tx, token: unknown, { lock = false } = {}) {
  if (!isWellFormedLinkToken(token)) throw new LinkError('invalid', LINK_MESSAGES.invalid)
  const tokenHash = hashLinkToken(token)
  if (lock) await db.$queryRaw`SELECT id FROM "Invitation" WHERE "tokenHash" = ${tokenHash} FOR UPDATE`
  const invitation = await db.invitation.findUnique({
    where: { tokenHash },
    select: { id: true, workspaceId: true, email: true, role: true, expiresAt: true, acceptedAt: true, revokedAt: true, workspace: { select: { name: true } }, invitedBy: { select: { name: true, email: true } } },
  })
  if (!invitation) throw new LinkError('invalid', LINK_MESSAGES.invalid)
  if (invitation.revokedAt) throw new LinkError('used', INVITATION_MESSAGES.revoked)
  if (invitation.acceptedAt) throw new LinkError('used', INVITATION_MESSAGES.used)
  if (invitation.expiresAt.getTime() <= Date.now()) throw new LinkError('expired', INVITATION_MESSAGES.expired)
  return invitation
}

// For the invitation page: what it is, or what is wrong with its link.
export async function getInvitationForLink(token: unknown) {
  return findInvitationByToken(getDb(), token)
}
