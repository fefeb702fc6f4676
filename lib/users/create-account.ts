import 'server-only'
import { recordActivity } from '@/lib/activity/record-activity'
import type { Tx } from '@/lib/db/client'

interface NewAccount {
  email: string
  name: string | undefined
  passwordHash: string | null
}

// A new user gets a personal workspace, and every pending invitation for their
// email becomes a membership. Shared by password sign-up and first OAuth sign-in.
export async function createAccountWithWorkspace(tx: Tx, account: NewAccount) {
  const user = await tx.user.create({ data: { email: account.email, name: account.name, passwordHash: account.passwordHash } })
  const label = account.name ?? account.email.split('@')[0]
  const workspace = await tx.workspace.create({
    data: { name: `${label}'s workspace`, isPersonal: true, memberships: { create: { userId: user.id, role: 'OWNER' } } },
  })
  const invitations = await tx.invitation.findMany({ where: { email: account.email, acceptedAt: null, revokedAt: null } })
  for (const invitation of invitations) {
    await tx.membership.upsert({
      where: { workspaceId_userId: { workspaceId: invitation.workspaceId, userId: user.id } },
      create: { workspaceId: invitation.workspaceId, userId: user.id, role: invitation.role },
      update: {},
    })
    await tx.invitation.update({ where: { id: invitation.id }, data: { acceptedAt: new Date() } })
    await recordActivity(tx, { workspaceId: invitation.workspaceId, actorId: user.id, subjectType: 'Invitation', subjectId: invitation.id, action: 'invitation.accepted', after: { email: account.email, role: invitation.role } })
  }
  return { id: user.id, email: user.email, name: user.name, personalWorkspaceId: workspace.id }
}
