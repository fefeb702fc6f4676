import Link from 'next/link'
import { EXTERNAL_LINK, safeHref } from '@/components/sources/safe-href'
import type { SnapshotSummary } from '@/lib/snapshots/snapshot-view'
import { STATUS_LABELS, STATUS_TONES, formatDateTime, formatSize, originLabel, snapshotHref } from './snapshot-labels'

interface SnapshotListProps {
  sourcePath: string
  snapshots: SnapshotSummary[]
  selectedNumber: number | null
}

// Every snapshot of the source, newest first: what came, when, and what it proves.
export function SnapshotList({ sourcePath, snapshots, selectedNumber }: SnapshotListProps) {
  return (
    <ol aria-label="Snapshots" className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
      {snapshots.map((snapshot) => {
        const isSelected = snapshot.number === selectedNumber
        const finalUrl = safeHref(snapshot.finalUrl)
        return (
          <li key={snapshot.id} data-testid="snapshot-row" className={`px-3 py-2.5 text-sm ${isSelected ? 'bg-indigo-50/60' : ''}`}>
            <div className="flex items-center justify-between gap-2">
              <Link href={snapshotHref(sourcePath, snapshot.number)} aria-current={isSelected ? 'page' : undefined} className="font-medium text-indigo-800 hover:underline">
                Snapshot {snapshot.number}
              </Link>
              <span data-testid="snapshot-status" className={`rounded px-1.5 py-0.5 text-xs font-semibold ${STATUS_TONES[snapshot.status]}`}>
                {STATUS_LABELS[snapshot.status]}
                {snapshot.httpStatus ? ` · HTTP ${snapshot.httpStatus}` : ''}
              </span>
            </div>
            <p className="mt-0.5 text-xs text-stone-600">
              {originLabel(snapshot)} · {formatDateTime(snapshot.fetchedAt ?? snapshot.createdAt)}
            </p>
            {snapshot.failureReason && <p className="mt-1 text-xs text-red-800">{snapshot.failureReason}</p>}
            {finalUrl && (
              <a href={finalUrl} {...EXTERNAL_LINK} className="mt-0.5 block truncate text-xs text-stone-600 underline-offset-2 hover:underline" title={finalUrl}>
                {finalUrl}
              </a>
            )}
            {(snapshot.sha256 || snapshot.byteSize != null) && (
              <p className="mt-0.5 text-xs text-stone-600">
                {snapshot.sha256 && (
                  <span title={`SHA-256 ${snapshot.sha256}`} className="font-mono">
                    sha256 {snapshot.sha256.slice(0, 12)}
                  </span>
                )}
                {snapshot.sha256 && snapshot.byteSize != null && ' · '}
                {formatSize(snapshot.byteSize)}
                {snapshot.pageCount ? ` · ${snapshot.pageCount} ${snapshot.pageCount === 1 ? 'page' : 'pages'}` : ''}
              </p>
            )}
          </li>
        )
      })}
    </ol>
  )
}
