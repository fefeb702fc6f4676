import 'server-only'
import { recordActivity } from '@/lib/activity/record-activity'
import type { Actor } from '@/lib/auth/actor'
import { getDb, type Tx } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import { createAccountWithWorkspace } from './create-account'
import { personalWorkspaceId } from './personal-workspace'

interface OAuthIdentity {
  provider: string
  providerAccountId: string
  email: string | null | undefined
  name: string | null | undefined
  // Whether the provider vouches that this person controls the email address.
  isEmailVerified: boolean
  // Set when a signed-in user links the identity from their account page.
  signedInUserId?: string
}

export const OAUTH_PROBLEMS = {
  'link-required': 'An account with this email address already exists. Sign in with your password, then link this provider from your account page.',
  'verify-first': 'Confirm your email address before linking a sign-in provider: open the link we mailed you.',
  'no-email': 'Your account at this provider has no public email address.',
}

// Finds the user behind an OAuth identity. It joins an existing account only when the
// provider vouches for the address AND that account proved the address itself: an
// impostor who signed up with someone's address and a password never receives the
// real owner's identity. Otherwise the user links it from their account page.
export async function signInWithOAuth(identity: OAuthIdentity): Promise<Actor> {
  const email = identity.email?.trim().toLowerCase()
  if (!email) throw new AppError('INVALID_INPUT', OAUTH_PROBLEMS['no-email'], [], { problem: 'no-email' })
  return getDb().$transaction(async (tx) => {
    const key = { provider: identity.provider, providerAccountId: identity.providerAccountId }
    const linked = await tx.account.findUnique({ where: { provider_providerAccountId: key }, select: { user: true } })
    if (linked) return { id: linked.user.id, email: linked.user.email, name: linked.user.name }
    if (identity.signedInUserId) return linkToSignedInUser(tx, identity.signedInUserId, key)
    const existing = await tx.user.findUnique({ where: { email } })
    if (existing && !(identity.isEmailVerified && existing.emailVerifiedAt)) {
      throw new AppError('CONFLICT', OAUTH_PROBLEMS['link-required'], [], { problem: 'link-required' })
    }
    const user = existing ?? (await createAccountWithWorkspace(tx, { email, name: identity.name ?? undefined, passwordHash: null, isEmailVerified: identity.isEmailVerified }))
    await tx.account.create({ data: { ...key, userId: user.id } })
    if (!existing && 'personalWorkspaceId' in user) {
      await recordActivity(tx, { workspaceId: user.personalWorkspaceId, actorId: user.id, subjectType: 'User', subjectId: user.id, action: 'user.signedUp', after: { email, provider: identity.provider } })
    }
    return { id: user.id, email: user.email, name: user.name }
  })
}

async function linkToSignedInUser(tx: Tx, userId: string, key: { provider: string; providerAccountId: string }): Promise<Actor> {
  const user = await tx.user.findUniqueOrThrow({ where: { id: userId } })
  if (!user.emailVerifiedAt) throw new AppError('FORBIDDEN', OAUTH_PROBLEMS['verify-first'], [], { problem: 'verify-first' })
  await tx.account.create({ data: { ...key, userId } })
  await recordActivity(tx, { workspaceId: await personalWorkspaceId(tx, userId), actorId: userId, subjectType: 'User', subjectId: userId, action: 'user.identityLinked', after: { provider: key.provider } })
  return { id: user.id, email: user.email, name: user.name }
}
