import type { Metadata } from 'next'
import { ConfirmLinkForm } from '@/components/auth/confirm-link-form'

export const metadata: Metadata = { title: 'Confirm your address · Claimtrack' }

export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const { token = '' } = await searchParams
  return (
    <>
      <h1 className="mb-2 text-lg font-semibold">Confirm your email address</h1>
      <p className="mb-4 text-sm text-stone-600">Once your address is confirmed, you can accept invitations to your team&apos;s workspaces.</p>
      <ConfirmLinkForm url="/api/account/verify-email" token={token} actionLabel="Confirm my address" pendingLabel="Confirming…" success="Your address is confirmed." continueTo={{ href: '/', label: 'Continue to Claimtrack' }} />
    </>
  )
}
