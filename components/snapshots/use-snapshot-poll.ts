'use client'
import { useRouter } from 'next/navigation'
import { useEffect } from 'react'
import { apiRequest } from '@/lib/http/api-client'
import type { SnapshotSummary } from '@/lib/snapshots/snapshot-view'
import { isSnapshotOpen } from './snapshot-labels'

const POLL_MS = 1500

// While a snapshot of the source is waiting or being fetched, asks how it is doing
// and reloads the page's data once it has finished (a job does the work, so there is
// no answer to wait on).
export function useSnapshotPoll(snapshotsUrl: string, isWaiting: boolean): void {
  const router = useRouter()
  useEffect(() => {
    if (!isWaiting) return
    let isCurrent = true
    const timer = setInterval(async () => {
      try {
        const { snapshots } = await apiRequest<{ snapshots: SnapshotSummary[] }>('GET', snapshotsUrl)
        if (isCurrent && !snapshots.some(isSnapshotOpen)) router.refresh()
      } catch {
        // A missed poll is retried at the next tick.
      }
    }, POLL_MS)
    return () => {
      isCurrent = false
      clearInterval(timer)
    }
  }, [snapshotsUrl, isWaiting, router])
}
