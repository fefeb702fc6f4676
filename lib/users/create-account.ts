import 'server-only'
import type { Tx } from '@/lib/db/client'

interface NewAccount {
  email: string
  name: string | undefined
  passwordHash: string | null
  // Only when the address was proven (an OAuth provider that vouches for it, or the demo).
  isEmailVerified: boolean
}

// A new user gets a personal workspace, and nothing else: invitations are accepted only
// through their link, by a user who proved they own the invited address. Shared by
// password sign-up and first OAuth sign-in.
export async function createAccountWithWorkspace(tx: Tx, account: NewAccount) {
  const user = await tx.user.create({
    data: { email: account.email, name: account.name, passwordHash: account.passwordHash, emailVerifiedAt: account.isEmailVerified ? new Date() : null },
  })
  const label = account.name ?? account.email.split('@')[0]
  const workspace = await tx.workspace.create({
    data: { name: `${label}'s workspace`, isPersonal: true, memberships: { create: { userId: user.id, role: 'OWNER' } } },
  })
  return { id: user.id, email: user.email, name: user.name, personalWorkspaceId: workspace.id }
}
