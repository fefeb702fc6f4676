import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { getDb } from '@/lib/db/client'

// The account page: the user's own settings, never anyone else's.
export async function getAccount({ actor }: { actor: Actor }) {
  const user = await getDb().user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { email: true, name: true, emailVerifiedAt: true, passwordHash: true, createdAt: true, accounts: { select: { provider: true, createdAt: true } } },
  })
  const pendingEmailChange = await getDb().emailToken.findFirst({
    where: { userId: actor.id, purpose: 'CHANGE_EMAIL', usedAt: null, expiresAt: { gt: new Date() } },
    select: { email: true },
    orderBy: { createdAt: 'desc' },
  })
  return {
    email: user.email,
    name: user.name,
    isEmailVerified: user.emailVerifiedAt !== null,
    // Whether the password form needs the current one (OAuth-only accounts have none).
    hasPassword: user.passwordHash !== null,
    linkedProviders: user.accounts.map((account) => account.provider),
    pendingEmail: pendingEmailChange?.email ?? null,
  }
}
