import type { Metadata } from 'next'
import Link from 'next/link'
import { ChangeEmailForm } from '@/components/account/change-email-form'
import { ChangePasswordForm } from '@/components/account/change-password-form'
import { LinkedProviders } from '@/components/account/linked-providers'
import { ResendVerificationButton } from '@/components/account/resend-verification-button'
import { SignOutEverywhereButton } from '@/components/account/sign-out-everywhere-button'
import { Alert } from '@/components/ui/alert'
import { LiveData } from '@/components/ui/live-data'
import { Logo } from '@/components/workspace/logo'
import { enabledOAuthProviders } from '@/lib/auth/options'
import { requirePageActor } from '@/lib/auth/session'
import { getAccount } from '@/lib/users/get-account'

export const metadata: Metadata = { title: 'Your account · Claimtrack' }

const SECTION = 'space-y-3 border-t border-stone-200 pt-6'

export default function AccountPage() {
  return (
    <LiveData>
      <Account />
    </LiveData>
  )
}

async function Account() {
  const actor = await requirePageActor('/account')
  const account = await getAccount({ actor })
  return (
    <main className="mx-auto max-w-xl space-y-6 px-6 py-12">
      <div className="flex items-center justify-between">
        <Logo />
        <Link href="/" className="text-sm font-medium text-indigo-700 hover:underline">
          Back to your workspaces
        </Link>
      </div>
      <h1 className="text-2xl font-semibold">Your account</h1>
      <section aria-labelledby="address" className="space-y-3">
        <h2 id="address" className="font-medium">
          Email address
        </h2>
        <p className="text-sm">
          {account.email}{' '}
          <span className={account.isEmailVerified ? 'text-emerald-800' : 'text-amber-800'}>{account.isEmailVerified ? '· confirmed' : '· not confirmed yet'}</span>
        </p>
        {!account.isEmailVerified && (
          <Alert tone="info">
            <p className="mb-2">Confirm your address to accept invitations to other workspaces. We mailed you a link when you signed up.</p>
            <ResendVerificationButton />
          </Alert>
        )}
        {account.pendingEmail && <p className="text-sm text-stone-600">A link to move your account to {account.pendingEmail} is waiting in that mailbox.</p>}
        <ChangeEmailForm needsPassword={account.hasPassword} />
      </section>
      <section aria-labelledby="password" className={SECTION}>
        <h2 id="password" className="font-medium">
          Password
        </h2>
        <ChangePasswordForm hasPassword={account.hasPassword} />
      </section>
      <LinkedProviders available={enabledOAuthProviders()} linked={account.linkedProviders} canLink={account.isEmailVerified} className={SECTION} />
      <section aria-labelledby="sessions" className={SECTION}>
        <h2 id="sessions" className="font-medium">
          Sessions
        </h2>
        <p className="text-sm text-stone-600">Signed in on a computer you no longer use? Sign out on every device at once, this one included.</p>
        <SignOutEverywhereButton />
      </section>
    </main>
  )
}
