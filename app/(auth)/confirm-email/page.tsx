import type { Metadata } from 'next'
import { ConfirmLinkForm } from '@/components/auth/confirm-link-form'

export const metadata: Metadata = { title: 'Confirm your new address · Claimtrack' }

export default async function ConfirmEmailPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const { token = '' } = await searchParams
  return (
    <>
      <h1 className="mb-2 text-lg font-semibold">Confirm your new email address</h1>
      <p className="mb-4 text-sm text-stone-600">Your account moves to this address once you confirm. You then sign in with it.</p>
      <ConfirmLinkForm url="/api/account/email/confirm" token={token} actionLabel="Move my account to this address" pendingLabel="Confirming…" success="Your account now uses this address." continueTo={{ href: '/account', label: 'Back to your account' }} />
    </>
  )
}
