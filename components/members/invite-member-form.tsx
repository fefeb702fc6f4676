'use client'
import { useRouter } from 'next/navigation'
import { useState, type FormEvent } from 'react'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Card } from '@/components/ui/card'
import { Field, Input, Select } from '@/components/ui/field'
import { useApiAction } from '@/components/ui/use-api-action'
import { ROLE_LABELS, ROLES } from '@/lib/auth/roles'
import { apiRequest } from '@/lib/http/api-client'
import { ROLE_DESCRIPTIONS } from './role-descriptions'

export function InviteMemberForm({ workspaceId }: { workspaceId: string }) {
  const router = useRouter()
  const { run, isPending, error, fieldErrors } = useApiAction()
  const [done, setDone] = useState<string | null>(null)

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = event.currentTarget
    const body = Object.fromEntries(new FormData(form))
    setDone(null)
    const result = await run(() => apiRequest<{ invited: { email: string } }>('POST', `/api/workspaces/${workspaceId}/members`, body))
    if (!result) return
    setDone(`We mailed an invitation to ${result.invited.email}. They join once they accept it from that mailbox (the link works for 7 days).`)
    form.reset()
    router.refresh()
  }

  return (
    <Card className="h-fit p-4">
      <h2 className="mb-3 text-base font-semibold">Invite a member</h2>
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        {error && <Alert>{error}</Alert>}
        {done && <Alert tone="success">{done}</Alert>}
        <Field id="invite-email" label="Email" error={fieldErrors.email}>
          <Input id="invite-email" name="email" type="email" required />
        </Field>
        <Field id="invite-role" label="Role" error={fieldErrors.role}>
          <Select id="invite-role" name="role" defaultValue="REVIEWER">
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]} — {ROLE_DESCRIPTIONS[role]}
              </option>
            ))}
          </Select>
        </Field>
        <Button type="submit" disabled={isPending}>
          {isPending ? 'Inviting…' : 'Invite'}
        </Button>
      </form>
    </Card>
  )
}
