import type { Actor } from '@/lib/auth/actor'
import { getDb } from '@/lib/db/client'
import type { Role } from '@/lib/db/generated/enums'
import { acceptInvitation } from '@/lib/members/accept-invitation'
import { inviteMember } from '@/lib/members/invite-member'
import { linkTokenFor, verifyAddressByMail } from './mailbox'

// Makes someone with an account a member the only way there is: the owner invites their
// address, they confirm it (if not yet) and accept through the mailed link.
export async function addMember({ actor, workspaceId, email, role }: { actor: Actor; workspaceId: string; email: string; role: Role }) {
  const user = await getDb().user.findUniqueOrThrow({ where: { email }, select: { id: true, email: true, name: true, emailVerifiedAt: true } })
  if (!user.emailVerifiedAt) await verifyAddressByMail(user)
  const invitation = await inviteMember({ actor, workspaceId, email, role })
  await acceptInvitation({ actor: user, token: await linkTokenFor(email, '/invitations/') })
  const membership = await getDb().membership.findUniqueOrThrow({ where: { workspaceId_userId: { workspaceId, userId: user.id } } })
  return { kind: 'member' as const, id: membership.id, invitationId: invitation.id, email, role }
}
