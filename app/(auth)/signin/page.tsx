import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { SignInForm } from '@/components/auth/sign-in-form'
import { enabledOAuthProviders } from '@/lib/auth/options'
import { getActor } from '@/lib/auth/session'
import { safeNextPath } from '@/lib/http/safe-next-path'

export const metadata: Metadata = { title: 'Sign in · Claimtrack' }

const NOTICES: Record<string, string> = {
  expired: 'Your session has expired. Sign in again.',
  required: 'Sign in to continue.',
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const { next, reason } = await searchParams
  const nextPath = safeNextPath(next)
  if (await getActor()) redirect(nextPath)
  return (
    <>
      <h1 className="mb-4 text-lg font-semibold">Sign in</h1>
      <SignInForm nextPath={nextPath} notice={reason ? NOTICES[reason] : undefined} oauthProviders={enabledOAuthProviders()} />
    </>
  )
}
