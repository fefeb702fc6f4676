'use client'
import Link from 'next/link'
import { useState, type FormEvent } from 'react'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Field, Input } from '@/components/ui/field'
import { useApiAction } from '@/components/ui/use-api-action'
import { apiRequest } from '@/lib/http/api-client'

export function ForgotPasswordForm() {
  const { run, isPending, error, fieldErrors } = useApiAction()
  const [sent, setSent] = useState<string | null>(null)

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const email = String(new FormData(event.currentTarget).get('email') ?? '')
    const answer = await run(() => apiRequest<{ message: string }>('POST', '/api/account/password-reset', { email }))
    if (answer) setSent(answer.message)
  }

  if (sent) return <Alert tone="success">{sent}</Alert>
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {error && <Alert>{error}</Alert>}
      <Field id="email" label="Email" error={fieldErrors.email}>
        <Input id="email" name="email" type="email" autoComplete="email" required autoFocus />
      </Field>
      <Button type="submit" className="w-full" disabled={isPending}>
        {isPending ? 'Sending…' : 'Send me a link'}
      </Button>
      <p className="text-center text-sm text-stone-600">
        <Link href="/signin" className="font-medium text-indigo-700 hover:underline">
          Back to sign in
        </Link>
      </p>
    </form>
  )
}
