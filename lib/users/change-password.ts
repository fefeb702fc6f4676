import 'server-only'
import { recordActivity } from '@/lib/activity/record-activity'
import type { Actor } from '@/lib/auth/actor'
import { hashPassword, verifyPassword } from '@/lib/auth/password'
import { getDb } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import { parseInput } from '@/lib/validation'
import { personalWorkspaceId } from './personal-workspace'
import { ZChangePassword } from './schemas'

// A new password ends every other session at once: the session version goes up, and
// the caller re-issues this session's cookie with the version returned.
export async function changePassword({ actor, ...input }: { actor: Actor } & Record<string, unknown>): Promise<{ sessionVersion: number }> {
  const { currentPassword, newPassword } = parseInput(ZChangePassword, input)
  const { passwordHash } = await getDb().user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true } })
  // An OAuth-only account has no password to confirm; it sets its first one here.
  if (passwordHash && !(await verifyPassword(passwordHash, currentPassword))) {
    throw new AppError('INVALID_INPUT', 'Your current password is not correct', [{ field: 'currentPassword', message: 'is not correct' }])
  }
  const newHash = await hashPassword(newPassword)
  return getDb().$transaction(async (tx) => {
    const user = await tx.user.update({ where: { id: actor.id }, data: { passwordHash: newHash, sessionVersion: { increment: 1 } }, select: { sessionVersion: true } })
    await recordActivity(tx, { workspaceId: await personalWorkspaceId(tx, actor.id), actorId: actor.id, subjectType: 'User', subjectId: actor.id, action: 'user.passwordChanged' })
    return { sessionVersion: user.sessionVersion }
  })
}

// "Sign out everywhere": every session of this user, this one included, ends at its next request.
export async function signOutEverywhere({ actor }: { actor: Actor }): Promise<void> {
  await getDb().$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { sessionVersion: { increment: 1 } } })
    await recordActivity(tx, { workspaceId: await personalWorkspaceId(tx, actor.id), actorId: actor.id, subjectType: 'User', subjectId: actor.id, action: 'user.signedOutEverywhere' })
  })
}
