import { randomBytes } from 'node:crypto'
import type { Actor } from '@/lib/auth/actor'
import { getDb } from '@/lib/db/client'
import { signUp } from '@/lib/users/sign-up'

export function uniqueEmail(label = 'user'): string {
  return `${label.toLowerCase()}-${randomBytes(5).toString('hex')}@example.test`
}

export const TEST_PASSWORD = 'correct horse battery'

// A new account through the real sign-up service, with its personal workspace. Like
// any new account, its address is not confirmed yet (tests/support/mailbox.ts does that).
export async function createUser(label = 'user'): Promise<Actor & { workspaceId: string }> {
  const email = uniqueEmail(label)
  await signUp({ email, password: TEST_PASSWORD, name: label })
  const user = await getDb().user.findUniqueOrThrow({ where: { email }, select: { id: true, email: true, name: true } })
  const membership = await getDb().membership.findFirstOrThrow({ where: { userId: user.id, workspace: { isPersonal: true } } })
  return { ...user, workspaceId: membership.workspaceId }
}
