import type { Metadata } from 'next'
import { ForgotPasswordForm } from '@/components/auth/forgot-password-form'

export const metadata: Metadata = { title: 'Forgot your password · Claimtrack' }

export default function ForgotPasswordPage() {
  return (
    <>
      <h1 className="mb-2 text-lg font-semibold">Forgot your password?</h1>
      <p className="mb-4 text-sm text-stone-600">Enter the address you sign in with. We will mail you a link to choose a new password.</p>
      <ForgotPasswordForm />
    </>
  )
}
