import 'server-only'
import { recordActivity } from '@/lib/activity/record-activity'
import { getDb } from '@/lib/db/client'
import { dispatchMail } from '@/lib/mail/dispatch-mail'
import { queueMail } from '@/lib/mail/queue-mail'
import { AppError } from '@/lib/errors'
import type { Actor } from '@/lib/auth/actor'
import { consumeEmailToken } from './email-tokens'
import { personalWorkspaceId } from './personal-workspace'

// The verification link: it proves the reader controls the address. Signed in as
// someone else, the link is refused (it is not theirs) and stays usable.
export async function confirmEmailAddress({ token, actor }: { token: unknown; actor: Actor | null }) {
  return getDb().$transaction(async (tx) => {
    const used = await consumeEmailToken(tx, { token, purpose: 'VERIFY_EMAIL', actorId: actor?.id })
    const user = await tx.user.findUniqueOrThrow({ where: { id: used.userId }, select: { email: true, emailVerifiedAt: true } })
    // The address changed after the link was sent: the link vouches for the old one only.
    if (user.email !== used.email) throw new AppError('CONFLICT', 'This link was for an address the account no longer uses. Send a new one from your account page.', [], { problem: 'used' })
    if (!user.emailVerifiedAt) {
      await tx.user.update({ where: { id: used.userId }, data: { emailVerifiedAt: new Date() } })
      await recordActivity(tx, { workspaceId: await personalWorkspaceId(tx, used.userId), actorId: used.userId, subjectType: 'User', subjectId: used.userId, action: 'user.emailVerified', after: { email: user.email } })
    }
    return { email: user.email }
  })
}

// "Send the link again", for a signed-in user whose address is not confirmed yet.
export async function resendVerificationMail({ actor }: { actor: Actor }) {
  const mailId = await getDb().$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { email: true, emailVerifiedAt: true } })
    if (user.emailVerifiedAt) throw new AppError('CONFLICT', 'Your address is already confirmed.')
    return queueMail(tx, { kind: 'verify-email', to: user.email, userId: actor.id })
  })
  await dispatchMail([mailId])
}
