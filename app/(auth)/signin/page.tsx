import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import Link from 'next/link'
import { SignInForm } from '@/components/auth/sign-in-form'
import { Alert } from '@/components/ui/alert'
import { OAUTH_PROBLEMS } from '@/lib/users/sign-in-with-oauth'
import { enabledOAuthProviders } from '@/lib/auth/options'
import { getActor } from '@/lib/auth/session'
import { safeNextPath } from '@/lib/http/safe-next-path'

export const metadata: Metadata = { title: 'Sign in · Claimtrack' }

const NOTICES: Record<string, string> = {
  expired: 'Your session has expired. Sign in again.',
  required: 'Sign in to continue.',
  reset: 'Your password was changed and every session signed out. Sign in with the new password.',
  'signed-out': 'You were signed out on every device.',
}

// next-auth sends OAuth failures back here as ?error=; ours name what to do next.
const ERRORS: Record<string, string> = { ...OAUTH_PROBLEMS, OAuthAccountNotLinked: OAUTH_PROBLEMS['link-required'], AccessDenied: 'Sign-in was refused.' }

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const { next, reason, error } = await searchParams
  const nextPath = safeNextPath(next)
  if (await getActor()) redirect(nextPath)
  return (
    <>
      <h1 className="mb-4 text-lg font-semibold">Sign in</h1>
      {error && (
        <div className="mb-4">
          <Alert>{ERRORS[error] ?? 'Sign-in did not work. Try again.'}</Alert>
        </div>
      )}
      <SignInForm nextPath={nextPath} notice={reason ? NOTICES[reason] : undefined} oauthProviders={enabledOAuthProviders()} />
      <p className="mt-3 text-center text-sm">
        <Link href="/forgot-password" className="text-indigo-700 hover:underline">
          Forgot your password?
        </Link>
      </p>
    </>
  )
}
