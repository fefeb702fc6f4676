import 'server-only'
import type { Tx } from '@/lib/db/client'
import type { MailKind } from './mail-templates'

export interface MailRequest {
  kind: MailKind
  to: string
  userId?: string
  workspaceId?: string
  // ids and names the mail is about; never a secret (links are minted when it is sent)
  params?: Record<string, string>
}

// Writes the mail to the outbox in the caller's transaction: it exists exactly when
// the action that needs it committed. The job queue delivers it (lib/jobs/mail-job.ts).
export async function queueMail(tx: Tx, mail: MailRequest): Promise<string> {
  const { id } = await tx.mailMessage.create({
    data: { kind: mail.kind, to: mail.to, userId: mail.userId, workspaceId: mail.workspaceId, params: mail.params ?? {} },
    select: { id: true },
  })
  return id
}
