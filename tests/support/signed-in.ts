// Stands in for lib/auth/session in integration tests that call route handlers:
//   vi.mock('@/lib/auth/session', () => import('../support/signed-in'))
// then sign in with `session.actor = someone`. The mocked module and the test's own
// import of this file are one module, so they share `session`.
import type { Actor } from '@/lib/auth/actor'

export const session: { actor: Actor | null } = { actor: null }

export async function requireActor(): Promise<Actor> {
  if (!session.actor) throw new Error('no actor')
  return session.actor
}
