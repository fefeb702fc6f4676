'use client'
import { useRouter } from 'next/navigation'
import { signOut } from 'next-auth/react'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { useApiAction } from '@/components/ui/use-api-action'
import { LinkProblem } from '@/components/auth/link-problem'
import { ResendVerificationButton } from '@/components/account/resend-verification-button'
import { apiRequest } from '@/lib/http/api-client'

interface AcceptInvitationProps {
  token: string
  signedInAs: string
  isInvitedAddress: boolean
  isEmailVerified: boolean
}

export function AcceptInvitation({ token, signedInAs, isInvitedAddress, isEmailVerified }: AcceptInvitationProps) {
  const router = useRouter()
  const { run, isPending, error, details } = useApiAction()

  if (!isInvitedAddress) {
    return (
      <div className="space-y-3">
        <Alert title="This invitation is for another address">You are signed in as {signedInAs}. Sign out, then sign in with the invited address to accept.</Alert>
        <Button variant="secondary" onClick={() => signOut({ callbackUrl: `/signin?next=${encodeURIComponent(`/invitations/${token}`)}` })}>
          Sign out
        </Button>
      </div>
    )
  }
  if (!isEmailVerified) {
    return (
      <div className="space-y-3">
        <Alert tone="info" title="Confirm your address first">Open the link we mailed to {signedInAs}, then come back to this page to accept.</Alert>
        <ResendVerificationButton />
      </div>
    )
  }
  async function accept() {
    const joined = await run(() => apiRequest<{ workspaceId: string }>('POST', '/api/invitations/accept', { token }))
    if (joined) router.push(`/w/${joined.workspaceId}`)
  }
  if (error && details.problem) return <LinkProblem problem={details.problem} message={error} />
  return (
    <div className="space-y-3">
      {error && <Alert>{error}</Alert>}
      <Button className="w-full" disabled={isPending} onClick={accept}>
        {isPending ? 'Joining…' : 'Accept the invitation'}
      </Button>
    </div>
  )
}
