'use client'
import { useEffect, useState } from 'react'
import { apiRequest } from '@/lib/http/api-client'
import type { SnapshotSummary } from '@/lib/snapshots/snapshot-view'

// The newest snapshot of a source that has text to quote from, or null (none, or not
// known yet). Asked again whenever the source changes.
export function useReadySnapshot(workspaceId: string, sourceId: string | null): number | null {
  const [found, setFound] = useState<{ sourceId: string; number: number | null } | null>(null)
  useEffect(() => {
    if (!sourceId) return
    let isCurrent = true
    apiRequest<{ snapshots: SnapshotSummary[] }>('GET', `/api/workspaces/${workspaceId}/sources/${sourceId}/snapshots`).then(
      ({ snapshots }) => isCurrent && setFound({ sourceId, number: snapshots.find((snapshot) => snapshot.status === 'DONE')?.number ?? null }),
      // Without the list the quote is typed by hand, as before snapshots existed.
      () => isCurrent && setFound({ sourceId, number: null }),
    )
    return () => {
      isCurrent = false
    }
  }, [workspaceId, sourceId])
  return found && found.sourceId === sourceId ? found.number : null
}
