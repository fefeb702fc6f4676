// Mail in integration tests: the outbox is delivered through the real deliverMail with
// a transport that keeps what it was given, and links are read out of the mail text.
import type { Actor } from '@/lib/auth/actor'
import { getDb } from '@/lib/db/client'
import { deliverMail } from '@/lib/jobs/deliver-mail'
import type { MailTransport, OutgoingMail } from '@/lib/mail/mail-transport'

export const delivered: OutgoingMail[] = []
export const captureTransport: MailTransport = {
  async send(mail) {
    delivered.push(mail)
  },
}

// Sends every pending outbox mail to `to` and returns them, oldest first.
export async function deliverMailTo(to: string): Promise<OutgoingMail[]> {
  const pending = await getDb().mailMessage.findMany({ where: { to, status: 'PENDING' }, orderBy: { createdAt: 'asc' }, select: { id: true } })
  const sent: OutgoingMail[] = []
  for (const { id } of pending) {
    const before = delivered.length
    await deliverMail(id, { transport: captureTransport })
    sent.push(...delivered.slice(before))
  }
  return sent
}

// The token of the newest link to `path` mailed to `to` (after delivering the outbox).
export async function linkTokenFor(to: string, path: string): Promise<string> {
  await deliverMailTo(to)
  const mails = delivered.filter((mail) => mail.to === to)
  const link = [...mails].reverse().map((mail) => mail.text.match(new RegExp(`https?://[^\\s]*${path.replace('?', '\\?')}([A-Za-z0-9_-]{43})`))).find(Boolean)
  if (!link) throw new Error(`no ${path} link mailed to ${to} (got: ${mails.map((mail) => mail.subject).join('; ') || 'nothing'})`)
  return link[1]!
}

export async function verifyAddressByMail(user: Pick<Actor, 'id' | 'email'>): Promise<void> {
  const { confirmEmailAddress } = await import('@/lib/users/confirm-email-address')
  const pending = await getDb().mailMessage.count({ where: { to: user.email, kind: 'verify-email', status: 'PENDING' } })
  if (!pending) {
    const { resendVerificationMail } = await import('@/lib/users/confirm-email-address')
    await resendVerificationMail({ actor: user as Actor })
  }
  await confirmEmailAddress({ token: await linkTokenFor(user.email, '/verify-email?token='), actor: null })
}
