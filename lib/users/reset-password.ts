import 'server-only'
import { recordActivity } from '@/lib/activity/record-activity'
import { hashPassword } from '@/lib/auth/password'
import { getDb } from '@/lib/db/client'
import { dispatchMail } from '@/lib/mail/dispatch-mail'
import { queueMail } from '@/lib/mail/queue-mail'
import { parseInput } from '@/lib/validation'
import { consumeEmailToken } from './email-tokens'
import { personalWorkspaceId } from './personal-workspace'
import { ZRequestPasswordReset, ZResetPassword } from './schemas'

// Answers the same whether or not the address has an account, in about the same time
// (one outbox row either way); the mail tells its reader which case it is.
export async function requestPasswordReset(input: unknown): Promise<void> {
  const { email } = parseInput(ZRequestPasswordReset, input)
  const mailId = await getDb().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email }, select: { id: true } })
    return queueMail(tx, user ? { kind: 'password-reset', to: email, userId: user.id } : { kind: 'no-account', to: email })
  })
  await dispatchMail([mailId])
}

// The reset link sets a new password and ends every session (the old password may be
// what leaked). Opening the link also proves the address.
export async function resetPassword(input: unknown): Promise<{ email: string }> {
  const { token, password } = parseInput(ZResetPassword, input)
  const passwordHash = await hashPassword(password)
  return getDb().$transaction(async (tx) => {
    const used = await consumeEmailToken(tx, { token, purpose: 'RESET_PASSWORD' })
    const current = await tx.user.findUniqueOrThrow({ where: { id: used.userId }, select: { email: true, emailVerifiedAt: true } })
    const provesAddress = !current.emailVerifiedAt && current.email === used.email
    const user = await tx.user.update({
      where: { id: used.userId },
      data: { passwordHash, sessionVersion: { increment: 1 }, ...(provesAddress ? { emailVerifiedAt: new Date() } : {}) },
      select: { email: true },
    })
    await recordActivity(tx, { workspaceId: await personalWorkspaceId(tx, used.userId), actorId: used.userId, subjectType: 'User', subjectId: used.userId, action: 'user.passwordReset' })
    return { email: user.email }
  })
}
