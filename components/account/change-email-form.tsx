'use client'
import { useState, type FormEvent } from 'react'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Field, Input } from '@/components/ui/field'
import { useApiAction } from '@/components/ui/use-api-action'
import { apiRequest } from '@/lib/http/api-client'

export function ChangeEmailForm({ needsPassword }: { needsPassword: boolean }) {
  const { run, isPending, error, fieldErrors } = useApiAction()
  const [message, setMessage] = useState<string | null>(null)

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const formElement = event.currentTarget
    const form = new FormData(formElement)
    setMessage(null)
    const body = { email: String(form.get('email') ?? ''), currentPassword: needsPassword ? String(form.get('emailPassword') ?? '') : undefined }
    const answer = await run(() => apiRequest<{ message: string }>('POST', '/api/account/email', body))
    if (!answer) return
    formElement.reset()
    setMessage(answer.message)
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      {message && <Alert tone="success">{message}</Alert>}
      {error && <Alert>{error}</Alert>}
      <Field id="email" label="New address" error={fieldErrors.email}>
        <Input id="email" name="email" type="email" autoComplete="email" required />
      </Field>
      {needsPassword && (
        <Field id="emailPassword" label="Your password" error={fieldErrors.currentPassword}>
          <Input id="emailPassword" name="emailPassword" type="password" autoComplete="current-password" required />
        </Field>
      )}
      <Button type="submit" variant="secondary" disabled={isPending}>
        {isPending ? 'Sending…' : 'Change address'}
      </Button>
    </form>
  )
}
