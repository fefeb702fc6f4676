import 'server-only'
import { getDb } from '@/lib/db/client'
import { createMailTransport, type MailTransport } from '@/lib/mail/mail-transport'
import { renderMail } from '@/lib/mail/mail-templates'
import { composeInvitationMail } from '@/lib/members/invitation-mail-link'
import { composeAccountMail } from '@/lib/users/account-mail-links'

export type DeliveryOutcome = 'sent' | 'skipped' | 'already-done'

// Sends one outbox mail. The link's token is minted in the same transaction that sends
// it: if sending fails, the transaction rolls back, no token exists, and the job queue
// tries again later. `isLastAttempt`: a failure then marks the mail FAILED for good.
export async function deliverMail(mailId: string, { transport = createMailTransport(), isLastAttempt = false }: { transport?: MailTransport; isLastAttempt?: boolean } = {}): Promise<DeliveryOutcome> {
  const db = getDb()
  let finishDelivery: (() => Promise<void>) | undefined
  let outcome: DeliveryOutcome
  try {
    outcome = await db.$transaction(
      async (tx) => {
        // Locked, so two workers (two app instances) never send one mail twice.
        const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "MailMessage" WHERE id = ${mailId} AND status = 'PENDING' FOR UPDATE SKIP LOCKED`
        if (!locked) return 'already-done'
        const mail = await tx.mailMessage.findUniqueOrThrow({ where: { id: mailId } })
        const params = (mail.params ?? {}) as Record<string, string>
        const composed = mail.kind === 'invitation' ? await composeInvitationMail(tx, params.invitationId ?? '') : await composeAccountMail(tx, mail)
        if (!composed) {
          await tx.mailMessage.update({ where: { id: mailId }, data: { status: 'FAILED', lastError: 'Not sent: what it was about changed before it went out (accepted, revoked or confirmed already).' } })
          return 'skipped'
        }
        const content = renderMail(composed.kind, composed.input)
        finishDelivery = (await transport.send({ id: mail.id, to: mail.to, link: composed.input.link, ...content })) ?? undefined
        await tx.mailMessage.update({ where: { id: mailId }, data: { status: 'SENT', sentAt: new Date(), attempts: { increment: 1 }, lastError: null } })
        return 'sent'
      },
      { timeout: 60_000 },
    )
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    await db.mailMessage.update({ where: { id: mailId }, data: { attempts: { increment: 1 }, lastError: reason.slice(0, 500), ...(isLastAttempt ? { status: 'FAILED' } : {}) } })
    throw error
  }
  if (finishDelivery) await finishDelivery()
  return outcome
}

// Outbox rows no job took (the process that wrote them ran no queue, or stopped before
// handing them over). Each sweep hands them to the queue again.
export async function findUndispatchedMail(olderThanMs = 30_000): Promise<string[]> {
  const rows = await getDb().mailMessage.findMany({
    where: { status: 'PENDING', attempts: 0, createdAt: { lt: new Date(Date.now() - olderThanMs) } },
    select: { id: true },
    orderBy: { createdAt: 'asc' },
    take: 500,
  })
  return rows.map((row) => row.id)
}
