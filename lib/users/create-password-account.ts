import 'server-only'
import { recordActivity } from '@/lib/activity/record-activity'
import type { Actor } from '@/lib/auth/actor'
import { hashPassword } from '@/lib/auth/password'
import { getDb } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import { parseInput } from '@/lib/validation'
import { createAccountWithWorkspace } from './create-account'
import { ZSignUp } from './schemas'

// An account made by the operator, not through the sign-up form: the demo seed, the
// benchmarks, tests. It says plainly when the address is taken, and sends no mail.
export async function createPasswordAccount(input: unknown, { isEmailVerified = false } = {}): Promise<Actor & { workspaceId: string }> {
  const { email, password, name } = parseInput(ZSignUp, input)
  const passwordHash = await hashPassword(password)
  return getDb().$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email }, select: { id: true } })
    if (existing) throw new AppError('CONFLICT', `An account with ${email} already exists`, [{ field: 'email', message: 'is already registered' }])
    const user = await createAccountWithWorkspace(tx, { email, name, passwordHash, isEmailVerified })
    await recordActivity(tx, { workspaceId: user.personalWorkspaceId, actorId: user.id, subjectType: 'User', subjectId: user.id, action: 'user.signedUp', after: { email } })
    return { id: user.id, email: user.email, name: user.name, workspaceId: user.personalWorkspaceId }
  })
}
