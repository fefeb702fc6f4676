import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { burnPasswordCheck, verifyPassword } from '@/lib/auth/password'
import { getDb } from '@/lib/db/client'
import { clearSignInAttempts } from '@/lib/rate-limit/sign-in-attempts'
import { ZCredentials } from './schemas'

// Returns the user for a correct email + password, otherwise null. The caller says
// only "wrong email or password", never which one.
// The rate limits run before this (lib/rate-limit/credentials-callback.ts, in front of
// next-auth): by the time the hash runs, the attempt has been counted.
export async function verifyCredentials(input: unknown): Promise<Actor | null> {
  const parsed = ZCredentials.safeParse(input)
  if (!parsed.success) return null
  const { email, password } = parsed.data
  const user = await getDb().user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true },
  })
  if (!user?.passwordHash) {
    await burnPasswordCheck(password)
    return null
  }
  if (!(await verifyPassword(user.passwordHash, password))) return null
  await clearSignInAttempts(email)
  return { id: user.id, email: user.email, name: user.name }
}
