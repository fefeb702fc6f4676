import 'server-only'
import { mintLinkToken } from '@/lib/auth/link-token'
import type { Tx } from '@/lib/db/client'
import type { TemplateInput } from '@/lib/mail/mail-templates'
import { appOrigin } from '@/lib/mail/mail-config'

// The invitation's link, minted as the mail is sent: the new token replaces the old
// one, so only the newest mail's link works. null: no longer pending.
export async function composeInvitationMail(tx: Tx, invitationId: string): Promise<{ kind: 'invitation'; input: TemplateInput } | null> {
  const invitation = await tx.invitation.findUnique({
    where: { id: invitationId },
    select: { role: true, acceptedAt: true, revokedAt: true, expiresAt: true, workspace: { select: { name: true } }, invitedBy: { select: { name: true, email: true } } },
  })
  if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt.getTime() <= Date.now()) return null
  const { token, tokenHash } = mintLinkToken()
  await tx.invitation.update({ where: { id: invitationId }, data: { tokenHash } })
  return {
    kind: 'invitation',
    input: { link: `${appOrigin()}/invitations/${token}`, workspaceName: invitation.workspace.name, inviterName: invitation.invitedBy.name ?? invitation.invitedBy.email, role: invitation.role, validFor: '7 days' },
  }
}
