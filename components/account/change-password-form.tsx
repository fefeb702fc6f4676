'use client'
import { useState, type FormEvent } from 'react'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Field, Input } from '@/components/ui/field'
import { useApiAction } from '@/components/ui/use-api-action'
import { apiRequest } from '@/lib/http/api-client'

export function ChangePasswordForm({ hasPassword }: { hasPassword: boolean }) {
  const { run, isPending, error, fieldErrors } = useApiAction()
  const [message, setMessage] = useState<string | null>(null)

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const formElement = event.currentTarget
    const form = new FormData(formElement)
    setMessage(null)
    const answer = await run(() => apiRequest<{ message: string }>('PUT', '/api/account/password', { currentPassword: String(form.get('currentPassword') ?? ''), newPassword: String(form.get('newPassword') ?? '') }))
    if (!answer) return
    formElement.reset()
    setMessage(answer.message)
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      {message && <Alert tone="success">{message}</Alert>}
      {error && <Alert>{error}</Alert>}
      {hasPassword && (
        <Field id="currentPassword" label="Current password" error={fieldErrors.currentPassword}>
          <Input id="currentPassword" name="currentPassword" type="password" autoComplete="current-password" required />
        </Field>
      )}
      <Field id="newPassword" label={hasPassword ? 'New password' : 'Set a password'} hint="At least 8 characters. Every other session is signed out." error={fieldErrors.newPassword}>
        <Input id="newPassword" name="newPassword" type="password" autoComplete="new-password" required />
      </Field>
      <Button type="submit" variant="secondary" disabled={isPending}>
        {isPending ? 'Saving…' : 'Change password'}
      </Button>
    </form>
  )
}
