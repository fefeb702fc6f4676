'use client'
import { Alert } from '@/components/ui/alert'
import { useApiAction } from '@/components/ui/use-api-action'
import { apiRequest } from '@/lib/http/api-client'

interface AssigneeSelectProps {
  url: string
  claimId: string
  version: number
  assignee: { id: string; name: string } | null
  members: { id: string; name: string }[]
  onChanged: () => void
}

// Who reviews this claim. Changing it tells the new assignee.
export function AssigneeSelect({ url, claimId, version, assignee, members, onChanged }: AssigneeSelectProps) {
  const { run, isPending, error } = useApiAction()
  // The current assignee stays listed even if their role changed since.
  const options = assignee && !members.some((member) => member.id === assignee.id) ? [assignee, ...members] : members

  async function assign(assigneeId: string) {
    const done = await run(() => apiRequest('PATCH', `${url}/assignee`, { assigneeId: assigneeId || null, version }))
    if (done) onChanged()
  }

  return (
    <div className="space-y-1">
      <label htmlFor={`assignee-${claimId}`} className="flex items-center gap-2 text-sm">
        <span className="text-stone-700">Assignee</span>
        <select
          id={`assignee-${claimId}`}
          className="rounded border border-stone-300 bg-white px-2 py-1 text-sm"
          value={assignee?.id ?? ''}
          disabled={isPending}
          onChange={(event) => void assign(event.target.value)}
          data-testid="assignee-select"
        >
          <option value="">Nobody</option>
          {options.map((member) => (
            <option key={member.id} value={member.id}>
              {member.name}
            </option>
          ))}
        </select>
      </label>
      {error && <Alert>{error}</Alert>}
    </div>
  )
}
