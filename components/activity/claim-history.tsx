'use client'
import { useEffect, useState } from 'react'
import { Alert } from '@/components/ui/alert'
import type { ActivityView } from '@/lib/activity/activity-view'
import { apiRequest, ApiError } from '@/lib/http/api-client'
import { ActivityList } from './activity-list'

// A claim's history for the claim panel, collapsed until opened; loaded on opening
// (and again on each opening, so it is current).
export function ClaimHistory({ workspaceId, claimId }: { workspaceId: string; claimId: string }) {
  const [isOpen, setOpen] = useState(false)
  const [events, setEvents] = useState<ActivityView[] | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    if (!isOpen) return
    let isCurrent = true
    apiRequest<{ events: ActivityView[] }>('GET', `/api/workspaces/${encodeURIComponent(workspaceId)}/claims/${encodeURIComponent(claimId)}/activity`)
      .then((result) => {
        if (!isCurrent) return
        setEvents(result.events)
        setError(null)
      })
      .catch((caught: unknown) => {
        if (isCurrent) setError(caught instanceof ApiError ? caught.message : 'Could not load the history.')
      })
    return () => {
      isCurrent = false
    }
  }, [isOpen, workspaceId, claimId])

  return (
    <details className="group" data-testid="claim-history" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="cursor-pointer text-sm font-medium text-stone-800 select-none">
        History{events ? ` (${events.length})` : ''}
      </summary>
      <div className="mt-2">
        {error && <Alert>{error}</Alert>}
        {!error && events === null && isOpen && <p className="text-sm text-stone-500">Loading…</p>}
        {events?.length === 0 && <p className="text-sm text-stone-500">No changes recorded yet.</p>}
        {events && events.length > 0 && <ActivityList events={events} />}
      </div>
    </details>
  )
}
