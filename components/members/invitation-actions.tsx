'use client'
import { useRouter } from 'next/navigation'
import { Button } from '@/components/ui/button'
import { useApiAction } from '@/components/ui/use-api-action'
import { apiRequest } from '@/lib/http/api-client'

// Resend (a new link, 7 more days) or revoke a pending invitation.
export function InvitationActions({ workspaceId, invitationId, email }: { workspaceId: string; invitationId: string; email: string }) {
  const router = useRouter()
  const { run, isPending, error } = useApiAction()

  async function act(method: 'POST' | 'DELETE', path: string) {
    const done = await run(async () => {
      await apiRequest(method, `/api/workspaces/${workspaceId}/invitations/${invitationId}${path}`)
      return true
    })
    if (done) router.refresh()
  }

  return (
    <>
      <Button variant="ghost" onClick={() => act('POST', '/resend')} disabled={isPending} aria-label={`Resend the invitation of ${email}`}>
        Resend
      </Button>
      <Button variant="ghost" onClick={() => act('DELETE', '')} disabled={isPending} aria-label={`Revoke the invitation of ${email}`}>
        Revoke
      </Button>
      {error && <p role="alert" className="text-xs text-red-700">{error}</p>}
    </>
  )
}
