'use client'
import { signIn } from 'next-auth/react'
import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { useState, type FormEvent } from 'react'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Field, Input } from '@/components/ui/field'

interface SignInFormProps {
  nextPath: string
  notice?: string
  oauthProviders: { id: string; name: string }[]
}

export function SignInForm({ nextPath, notice, oauthProviders }: SignInFormProps) {
  const router = useRouter()
  const [error, setError] = useState<string | null>(null)
  const [isPending, setPending] = useState(false)

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (isPending) return
    const form = new FormData(event.currentTarget)
    setPending(true)
    setError(null)
    const problem = await signInWithPassword(String(form.get('email') ?? ''), String(form.get('password') ?? ''), nextPath)
    setPending(false)
    if (problem) return setError(problem)
    router.push(nextPath)
    router.refresh()
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {notice && <Alert tone="info">{notice}</Alert>}
      {error && <Alert>{error}</Alert>}
      <Field id="email" label="Email">
        <Input id="email" name="email" type="email" autoComplete="email" required autoFocus />
      </Field>
      <Field id="password" label="Password">
        <Input id="password" name="password" type="password" autoComplete="current-password" required />
      </Field>
      <Button type="submit" className="w-full" disabled={isPending}>
        {isPending ? 'Signing in…' : 'Sign in'}
      </Button>
      {oauthProviders.map((provider) => (
        <Button key={provider.id} type="button" variant="secondary" className="w-full" onClick={() => signIn(provider.id, { callbackUrl: nextPath })}>
          Continue with {provider.name}
        </Button>
      ))}
      <p className="text-center text-sm text-stone-600">
        New to Claimtrack?{' '}
        <Link href="/signup" className="font-medium text-indigo-700 hover:underline">
          Create an account
        </Link>
      </p>
    </form>
  )
}

// next-auth's credentials callback, called as next-auth/react's signIn() does, but
// reading the status: signIn() cannot report a 429 (its body has no redirect URL), and
// the person must be told how long to wait. Returns the problem to show, or null.
async function signInWithPassword(email: string, password: string, nextPath: string): Promise<string | null> {
  const callbackUrl = new URL(nextPath, window.location.origin).href
  try {
    const { csrfToken } = (await (await fetch('/api/auth/csrf')).json()) as { csrfToken: string }
    const response = await fetch('/api/auth/callback/credentials', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email, password, csrfToken, callbackUrl, json: 'true' }),
    })
    const body = (await response.json().catch(() => ({}))) as { url?: string; error?: { message?: string } }
    if (response.status === 429) return body.error?.message ?? `Too many sign-in attempts. Try again in ${response.headers.get('retry-after') ?? 'a few'} seconds.`
    if (!body.url) return body.error?.message ?? 'Could not sign in. Try again.'
    // Success answers 200 with the callback URL; wrong credentials 401 with the sign-in page and ?error=.
    const answered = new URL(body.url, window.location.origin)
    if (!response.ok || (answered.href !== callbackUrl && answered.searchParams.has('error'))) return 'Wrong email or password.'
    return null
  } catch {
    return 'Could not reach the server. Try again.'
  }
}
