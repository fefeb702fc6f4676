import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { SignUpForm } from '@/components/auth/sign-up-form'
import { getActor } from '@/lib/auth/session'

export const metadata: Metadata = { title: 'Create an account · Claimtrack' }

export default async function SignUpPage() {
  if (await getActor()) redirect('/')
  return (
    <>
      <h1 className="mb-4 text-lg font-semibold">Create your account</h1>
      <SignUpForm />
    </>
  )
}
