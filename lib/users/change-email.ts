import 'server-only'
import { recordActivity } from '@/lib/activity/record-activity'
import type { Actor } from '@/lib/auth/actor'
import { verifyPassword } from '@/lib/auth/password'
import { getDb } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import { dispatchMail } from '@/lib/mail/dispatch-mail'
import { queueMail } from '@/lib/mail/queue-mail'
import { parseInput } from '@/lib/validation'
import { consumeEmailToken } from './email-tokens'
import { personalWorkspaceId } from './personal-workspace'
import { ZRequestEmailChange } from './schemas'

// The new address must be confirmed from its own mailbox before the account moves to
// it. Whether another account already has it is told only to that mailbox.
export async function requestEmailChange({ actor, ...input }: { actor: Actor } & Record<string, unknown>): Promise<void> {
  const { email, currentPassword } = parseInput(ZRequestEmailChange, input)
  const { passwordHash, email: current } = await getDb().user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true, email: true } })
  if (email === current) throw new AppError('INVALID_INPUT', 'This is already your address', [{ field: 'email', message: 'is your current address' }])
  if (passwordHash && !(currentPassword && (await verifyPassword(passwordHash, currentPassword)))) {
    throw new AppError('INVALID_INPUT', 'Your current password is not correct', [{ field: 'currentPassword', message: 'is not correct' }])
  }
  const mailId = await getDb().$transaction(async (tx) => {
    const taken = await tx.user.findUnique({ where: { email }, select: { id: true } })
    if (taken) return queueMail(tx, { kind: 'account-exists', to: email, userId: taken.id })
    return queueMail(tx, { kind: 'email-change', to: email, userId: actor.id, params: { newEmail: email } })
  })
  await dispatchMail([mailId])
}

// The link from the new mailbox: the account takes the address, verified.
export async function confirmEmailChange({ token, actor }: { token: unknown; actor: Actor | null }): Promise<{ email: string }> {
  return getDb().$transaction(async (tx) => {
    const used = await consumeEmailToken(tx, { token, purpose: 'CHANGE_EMAIL', actorId: actor?.id })
    const taken = await tx.user.findUnique({ where: { email: used.email }, select: { id: true } })
    if (taken && taken.id !== used.userId) throw new AppError('CONFLICT', 'Another account now uses this address, so yours keeps its current one.', [], { problem: 'used' })
    const before = await tx.user.findUniqueOrThrow({ where: { id: used.userId }, select: { email: true } })
    await tx.user.update({ where: { id: used.userId }, data: { email: used.email, emailVerifiedAt: new Date() } })
    await recordActivity(tx, { workspaceId: await personalWorkspaceId(tx, used.userId), actorId: used.userId, subjectType: 'User', subjectId: used.userId, action: 'user.emailChanged', before: { email: before.email }, after: { email: used.email } })
    return { email: used.email }
  })
}
