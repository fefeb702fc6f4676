import 'server-only'
import { recordActivity } from '@/lib/activity/record-activity'
import type { Actor } from '@/lib/auth/actor'
import { getDb } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import { createAccountWithWorkspace } from './create-account'

interface OAuthIdentity {
  provider: string
  providerAccountId: string
  email: string | null | undefined
  name: string | null | undefined
  // Whether the provider vouches that this person controls the email address.
  isEmailVerified: boolean
}

// Finds the user behind an OAuth identity, linking it to the account with the same
// (provider-verified) email, or creating a new account.
export async function signInWithOAuth(identity: OAuthIdentity): Promise<Actor> {
  const email = identity.email?.trim().toLowerCase()
  if (!email) throw new AppError('INVALID_INPUT', `Your ${identity.provider} account has no public email address`)
  return getDb().$transaction(async (tx) => {
    const key = { provider: identity.provider, providerAccountId: identity.providerAccountId }
    const linked = await tx.account.findUnique({ where: { provider_providerAccountId: key }, select: { user: true } })
    if (linked) return { id: linked.user.id, email: linked.user.email, name: linked.user.name }
    const existing = await tx.user.findUnique({ where: { email } })
    // Linking by an unverified email would hand an existing account to whoever typed it.
    if (existing && !identity.isEmailVerified) {
      throw new AppError('CONFLICT', `An account with ${email} already exists. Sign in with your password.`)
    }
    const user = existing ?? (await createAccountWithWorkspace(tx, { email, name: identity.name ?? undefined, passwordHash: null }))
    await tx.account.create({ data: { ...key, userId: user.id } })
    if (!existing && 'personalWorkspaceId' in user) {
      await recordActivity(tx, { workspaceId: user.personalWorkspaceId, actorId: user.id, subjectType: 'User', subjectId: user.id, action: 'user.signedUp', after: { email, provider: identity.provider } })
    }
    return { id: user.id, email: user.email, name: user.name }
  })
}
