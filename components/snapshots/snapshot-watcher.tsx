'use client'
import { useSnapshotPoll } from './use-snapshot-poll'

// The waiting state of a snapshot, for every role: says so, and reloads when it is done.
export function SnapshotWatcher({ snapshotsUrl, number }: { snapshotsUrl: string; number: number }) {
  useSnapshotPoll(snapshotsUrl, true)
  return (
    <div role="status" className="flex items-center gap-3 rounded-lg border border-sky-200 bg-sky-50 px-4 py-6 text-sm text-sky-900">
      <span aria-hidden="true" className="size-4 animate-spin rounded-full border-2 border-sky-300 border-t-sky-800" />
      Snapshot {number} is being fetched and read. This page shows it as soon as it is ready.
    </div>
  )
}
