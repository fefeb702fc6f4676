'use client'
import { signIn } from 'next-auth/react'
import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { useState, type FormEvent } from 'react'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Field, Input } from '@/components/ui/field'
import { useApiAction } from '@/components/ui/use-api-action'
import { apiRequest } from '@/lib/http/api-client'

// The server answers alike whether or not the address already has an account; signing
// in with the password just chosen tells the two apart here, without telling anyone else.
export function SignUpForm({ nextPath }: { nextPath: string }) {
  const router = useRouter()
  const { run, isPending, error, fieldErrors } = useApiAction()
  const [checkInbox, setCheckInbox] = useState<string | null>(null)

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const credentials = { email: String(form.get('email') ?? ''), password: String(form.get('password') ?? '') }
    const answer = await run(() => apiRequest<{ message: string }>('POST', '/api/auth/signup', { ...credentials, name: form.get('name') }))
    if (!answer) return
    const signedIn = await signIn('credentials', { ...credentials, redirect: false }).catch(() => undefined)
    if (!signedIn?.ok) return setCheckInbox(answer.message)
    router.push(nextPath)
    router.refresh()
  }

  if (checkInbox) return <Alert tone="success" title="Check your inbox">{checkInbox}</Alert>

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {error && <Alert>{error}</Alert>}
      <Field id="name" label="Name" hint="Shown to your team next to your reviews.">
        <Input id="name" name="name" autoComplete="name" autoFocus />
      </Field>
      <Field id="email" label="Email" error={fieldErrors.email}>
        <Input id="email" name="email" type="email" autoComplete="email" required />
      </Field>
      <Field id="password" label="Password" hint="At least 8 characters." error={fieldErrors.password}>
        <Input id="password" name="password" type="password" autoComplete="new-password" required />
      </Field>
      <Button type="submit" className="w-full" disabled={isPending}>
        {isPending ? 'Creating account…' : 'Create account'}
      </Button>
      <p className="text-center text-sm text-stone-600">
        Already have an account?{' '}
        <Link href={`/signin?next=${encodeURIComponent(nextPath)}`} className="font-medium text-indigo-700 hover:underline">
          Sign in
        </Link>
      </p>
    </form>
  )
}
