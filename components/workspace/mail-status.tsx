import { Alert } from '@/components/ui/alert'
import { Card } from '@/components/ui/card'
import { formatDate } from '@/lib/text/format'

interface MailStatusProps {
  mode: 'smtp' | 'files'
  directory: string | undefined
  unsent: { id: string; kind: string; to: string; status: 'PENDING' | 'SENT' | 'FAILED'; attempts: number; lastError: string | null; createdAt: Date }[]
}

const KIND_LABELS: Record<string, string> = { invitation: 'Invitation' }

// For owners: whether invitations can reach anyone, and what has not gone out.
export function MailStatus({ mode, directory, unsent }: MailStatusProps) {
  return (
    <Card className="mt-8 space-y-3 p-4">
      <h2 className="text-base font-semibold">Mail</h2>
      {mode === 'smtp' ? (
        <p className="text-sm text-stone-700">Mail is sent through the SMTP server set in SMTP_URL.</p>
      ) : (
        <Alert tone="info" title="Mail is not configured">
          Without SMTP_URL, mail is written as .eml files to {directory} and each link is printed in the server log. Set SMTP_URL so that invitations and password resets reach people.
        </Alert>
      )}
      {unsent.length === 0 ? (
        <p className="text-sm text-stone-600">Every mail of this workspace has gone out.</p>
      ) : (
        <ul className="divide-y divide-stone-200 text-sm" aria-label="Mail not sent yet">
          {unsent.map((mail) => (
            <li key={mail.id} className="py-2">
              <p>
                {KIND_LABELS[mail.kind] ?? mail.kind} to {mail.to} · {mail.status === 'PENDING' ? `pending, ${mail.attempts} attempt${mail.attempts === 1 ? '' : 's'} so far` : 'failed: resend it from Members'} · {formatDate(mail.createdAt)}
              </p>
              {mail.lastError && <p className="text-stone-500">Last error: {mail.lastError}</p>}
            </li>
          ))}
        </ul>
      )}
    </Card>
  )
}
