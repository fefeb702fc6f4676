import 'server-only'
import type { Tx } from '@/lib/db/client'
import type { MailKind, TemplateInput } from '@/lib/mail/mail-templates'
import { appOrigin } from '@/lib/mail/mail-config'
import { TOKEN_LIFETIME_WORDS, mintEmailToken } from './email-tokens'

interface OutboxRow {
  kind: string
  to: string
  userId: string | null
  params: unknown
}

// The link of an account mail, minted as it is sent (so the outbox never holds one).
// null: the mail no longer makes sense (the account is gone, or already confirmed).
export async function composeAccountMail(tx: Tx, mail: OutboxRow): Promise<{ kind: MailKind; input: TemplateInput } | null> {
  const origin = appOrigin()
  switch (mail.kind) {
    case 'account-exists':
      return { kind: 'account-exists', input: { link: `${origin}/signin` } }
    case 'no-account':
      return { kind: 'no-account', input: { link: `${origin}/signup` } }
    case 'verify-email': {
      const user = mail.userId ? await tx.user.findUnique({ where: { id: mail.userId }, select: { email: true, emailVerifiedAt: true } }) : null
      if (!user || user.emailVerifiedAt || user.email !== mail.to) return null
      const token = await mintEmailToken(tx, { userId: mail.userId!, purpose: 'VERIFY_EMAIL', email: mail.to })
      return { kind: 'verify-email', input: { link: `${origin}/verify-email?token=${token}`, validFor: TOKEN_LIFETIME_WORDS.VERIFY_EMAIL } }
    }
    case 'password-reset': {
      const user = mail.userId ? await tx.user.findUnique({ where: { id: mail.userId }, select: { email: true } }) : null
      if (!user || user.email !== mail.to) return null
      const token = await mintEmailToken(tx, { userId: mail.userId!, purpose: 'RESET_PASSWORD', email: mail.to })
      return { kind: 'password-reset', input: { link: `${origin}/reset-password?token=${token}`, validFor: TOKEN_LIFETIME_WORDS.RESET_PASSWORD } }
    }
    case 'email-change': {
      if (!mail.userId) return null
      const token = await mintEmailToken(tx, { userId: mail.userId, purpose: 'CHANGE_EMAIL', email: mail.to })
      return { kind: 'email-change', input: { link: `${origin}/confirm-email?token=${token}`, newEmail: mail.to, validFor: TOKEN_LIFETIME_WORDS.CHANGE_EMAIL } }
    }
    default:
      return null
  }
}
