import type { Metadata } from 'next'
import { ResetPasswordForm } from '@/components/auth/reset-password-form'

export const metadata: Metadata = { title: 'Choose a new password · Claimtrack' }

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const { token = '' } = await searchParams
  return (
    <>
      <h1 className="mb-2 text-lg font-semibold">Choose a new password</h1>
      <p className="mb-4 text-sm text-stone-600">Every device signed in to your account is signed out when you save it.</p>
      <ResetPasswordForm token={token} />
    </>
  )
}
