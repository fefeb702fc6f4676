'use client'
import { useRouter } from 'next/navigation'
import { Button } from '@/components/ui/button'
import { useApiAction } from '@/components/ui/use-api-action'
import { apiRequest } from '@/lib/http/api-client'

export function RevokeInvitationButton({ workspaceId, invitationId, email }: { workspaceId: string; invitationId: string; email: string }) {
  const router = useRouter()
  const { run, isPending, error } = useApiAction()

  async function revoke() {
    const done = await run(async () => {
      await apiRequest('DELETE', `/api/workspaces/${workspaceId}/invitations/${invitationId}`)
      return true
    })
    if (done) router.refresh()
  }

  return (
    <>
      <Button variant="ghost" onClick={revoke} disabled={isPending} aria-label={`Revoke the invitation of ${email}`}>
        Revoke
      </Button>
      {error && <p role="alert" className="text-xs text-red-700">{error}</p>}
    </>
  )
}
