import { randomBytes } from 'node:crypto'
import type { Actor } from '@/lib/auth/actor'
import { getDb } from '@/lib/db/client'
import { signUp } from '@/lib/users/sign-up'

export function uniqueEmail(label = 'user'): string {
  return `${label}-${randomBytes(5).toString('hex')}@example.test`
}

// A new account through the real sign-up service, with its personal workspace.
export async function createUser(label = 'user'): Promise<Actor & { workspaceId: string }> {
  const actor = await signUp({ email: uniqueEmail(label), password: 'correct horse battery', name: label })
  const membership = await getDb().membership.findFirstOrThrow({ where: { userId: actor.id, workspace: { isPersonal: true } } })
  return { ...actor, workspaceId: membership.workspaceId }
}
