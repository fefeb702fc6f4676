import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { SignUpForm } from '@/components/auth/sign-up-form'
import { getActor } from '@/lib/auth/session'
import { safeNextPath } from '@/lib/http/safe-next-path'

export const metadata: Metadata = { title: 'Create an account · Claimtrack' }

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const nextPath = safeNextPath((await searchParams).next)
  if (await getActor()) redirect(nextPath)
  return (
    <>
      <h1 className="mb-4 text-lg font-semibold">Create your account</h1>
      <SignUpForm nextPath={nextPath} />
    </>
  )
}
