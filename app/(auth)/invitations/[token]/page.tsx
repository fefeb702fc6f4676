import type { Metadata } from 'next'
import { AcceptInvitation } from '@/components/members/accept-invitation'
import { LinkProblem } from '@/components/auth/link-problem'
import { ButtonLink } from '@/components/ui/button'
import { getActor } from '@/lib/auth/session'
import { isAppError } from '@/lib/errors'
import { getInvitationForLink } from '@/lib/members/find-invitation-by-token'
import { ROLE_LABELS } from '@/lib/auth/roles'

export const metadata: Metadata = { title: 'Invitation · Claimtrack' }

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  const invitation = await getInvitationForLink(token).catch((error: unknown) => {
    if (isAppError(error)) return { problem: error.details?.problem, message: error.message }
    throw error
  })
  if ('problem' in invitation) return <LinkProblem problem={invitation.problem} message={invitation.message} nextStep={{ href: '/', label: 'Go to Claimtrack' }} />
  const actor = await getActor()
  const here = `/invitations/${token}`
  return (
    <>
      <h1 className="mb-2 text-lg font-semibold">Join {invitation.workspace.name}</h1>
      <p className="mb-4 text-sm text-stone-600">
        {invitation.invitedBy.name ?? invitation.invitedBy.email} invited <strong>{invitation.email}</strong> to this workspace as {ROLE_LABELS[invitation.role].toLowerCase()}.
      </p>
      {actor ? (
        <AcceptInvitation token={token} signedInAs={actor.email} isInvitedAddress={actor.email === invitation.email} isEmailVerified={actor.isEmailVerified !== false} />
      ) : (
        <div className="space-y-2">
          <ButtonLink href={`/signin?next=${encodeURIComponent(here)}`} className="w-full">
            Sign in to accept
          </ButtonLink>
          <ButtonLink href={`/signup?next=${encodeURIComponent(here)}`} variant="secondary" className="w-full">
            Create an account with {invitation.email}
          </ButtonLink>
        </div>
      )}
    </>
  )
}
