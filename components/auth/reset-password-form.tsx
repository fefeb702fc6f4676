'use client'
import { useRouter } from 'next/navigation'
import type { FormEvent } from 'react'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Field, Input } from '@/components/ui/field'
import { useApiAction } from '@/components/ui/use-api-action'
import { apiRequest } from '@/lib/http/api-client'
import { LinkProblem } from './link-problem'

export function ResetPasswordForm({ token }: { token: string }) {
  const router = useRouter()
  const { run, isPending, error, fieldErrors, details } = useApiAction()

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const password = String(new FormData(event.currentTarget).get('password') ?? '')
    if (await run(() => apiRequest('POST', '/api/account/password-reset/confirm', { token, password }))) router.push('/signin?reason=reset')
  }

  if (error && details.problem) return <LinkProblem problem={details.problem} message={error} nextStep={{ href: '/forgot-password', label: 'Ask for a new link' }} />
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {error && <Alert>{error}</Alert>}
      <Field id="password" label="New password" hint="At least 8 characters." error={fieldErrors.password}>
        <Input id="password" name="password" type="password" autoComplete="new-password" required autoFocus />
      </Field>
      <Button type="submit" className="w-full" disabled={isPending}>
        {isPending ? 'Saving…' : 'Save my new password'}
      </Button>
    </form>
  )
}
