'use client'
import { useRouter } from 'next/navigation'
import type { FormEvent } from 'react'
import { Alert } from '@/components/ui/alert'
import { Button, ButtonLink } from '@/components/ui/button'
import { Field, Input } from '@/components/ui/field'
import { useApiAction } from '@/components/ui/use-api-action'
import { apiRequest } from '@/lib/http/api-client'

export function NewWorkspaceForm() {
  const router = useRouter()
  const { run, isPending, error, fieldErrors } = useApiAction()

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const body = Object.fromEntries(new FormData(event.currentTarget))
    const created = await run(() => apiRequest<{ workspace: { id: string } }>('POST', '/api/workspaces', body))
    if (created) router.push(`/w/${created.workspace.id}`)
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {error && <Alert>{error}</Alert>}
      <Field id="name" label="Name" hint="For example: Politics desk, Climate team." error={fieldErrors.name}>
        <Input id="name" name="name" required maxLength={100} autoFocus />
      </Field>
      <div className="flex gap-2">
        <Button type="submit" disabled={isPending}>
          {isPending ? 'Creating…' : 'Create workspace'}
        </Button>
        <ButtonLink href="/" variant="secondary">
          Cancel
        </ButtonLink>
      </div>
    </form>
  )
}
