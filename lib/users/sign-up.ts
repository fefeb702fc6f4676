import 'server-only'
import { recordActivity } from '@/lib/activity/record-activity'
import { hashPassword } from '@/lib/auth/password'
import { getDb } from '@/lib/db/client'
import { dispatchMail } from '@/lib/mail/dispatch-mail'
import { queueMail } from '@/lib/mail/queue-mail'
import { parseInput } from '@/lib/validation'
import { createAccountWithWorkspace } from './create-account'
import { ZSignUp } from './schemas'
import { isUniqueViolation } from '@/lib/db/unique-violation'

// Sign-up answers the same, in the same time, whether or not the address has an
// account, so it cannot be used to learn who uses Claimtrack: the password is hashed
// either way, and the mail says what happened (confirm your address, or "you already
// have an account"). The new account is unverified: it can sign in and use its own
// workspace, but joins no other until the address is confirmed.
export async function signUp(input: unknown): Promise<void> {
  const { email, password, name } = parseInput(ZSignUp, input)
  const passwordHash = await hashPassword(password)
  const mailId = await getDb()
    .$transaction(async (tx) => {
      const existing = await tx.user.findUnique({ where: { email }, select: { id: true } })
      if (existing) return queueMail(tx, { kind: 'account-exists', to: email, userId: existing.id })
      const user = await createAccountWithWorkspace(tx, { email, name, passwordHash, isEmailVerified: false })
      await recordActivity(tx, { workspaceId: user.personalWorkspaceId, actorId: user.id, subjectType: 'User', subjectId: user.id, action: 'user.signedUp', after: { email } })
      return queueMail(tx, { kind: 'verify-email', to: email, userId: user.id })
    })
    .catch((error: unknown) => {
      // The same address signed up twice at once: the other request made the account.
      if (isUniqueViolation(error)) return undefined
      throw error
    })
  await dispatchMail([mailId])
}
