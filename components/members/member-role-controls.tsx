'use client'
import { useRouter } from 'next/navigation'
import { Button } from '@/components/ui/button'
import { useApiAction } from '@/components/ui/use-api-action'
import { ROLE_LABELS, ROLES } from '@/lib/auth/roles'
import type { Role } from '@/lib/db/generated/enums'
import { apiRequest } from '@/lib/http/api-client'

interface MemberRoleControlsProps {
  workspaceId: string
  membershipId: string
  role: Role
  label: string
}

export function MemberRoleControls({ workspaceId, membershipId, role, label }: MemberRoleControlsProps) {
  const router = useRouter()
  const { run, isPending, error } = useApiAction()
  const url = `/api/workspaces/${workspaceId}/members/${membershipId}`

  async function changeRole(next: string) {
    if (await run(() => apiRequest('PATCH', url, { role: next }))) router.refresh()
  }

  async function remove() {
    if (!window.confirm(`Remove ${label} from this workspace? What they wrote stays.`)) return
    const removed = await run(async () => {
      await apiRequest('DELETE', url)
      return true
    })
    if (removed) router.refresh()
  }

  return (
    <div>
      <div className="flex items-center gap-2">
        <select
          aria-label={`Role of ${label}`}
          value={role}
          disabled={isPending}
          onChange={(event) => changeRole(event.target.value)}
          className="rounded-md border border-stone-300 bg-white py-1 pl-2 pr-7 text-sm"
        >
          {ROLES.map((option) => (
            <option key={option} value={option}>
              {ROLE_LABELS[option]}
            </option>
          ))}
        </select>
        <Button variant="danger" onClick={remove} disabled={isPending} aria-label={`Remove ${label}`}>
          Remove
        </Button>
      </div>
      {error && (
        <p role="alert" className="mt-1 text-xs text-red-700">
          {error}
        </p>
      )}
    </div>
  )
}
