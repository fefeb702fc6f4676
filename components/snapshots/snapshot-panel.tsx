import { Alert } from '@/components/ui/alert'
import type { TextRange } from '@/lib/snapshots/reader-layout'
import type { SnapshotReading } from '@/lib/snapshots/snapshot-view'
import { formatDateTime, isSnapshotOpen } from './snapshot-labels'
import { SnapshotReader } from './snapshot-reader'
import { SnapshotWatcher } from './snapshot-watcher'

interface SnapshotPanelProps {
  snapshot: SnapshotReading
  snapshotsUrl: string
  highlight: TextRange | null
  // ?at= was given but is not a range of this snapshot's text.
  isHighlightLost: boolean
  canUpload: boolean
}

// The selected snapshot: its archived text to read, or why there is none yet.
export function SnapshotPanel({ snapshot, snapshotsUrl, highlight, isHighlightLost, canUpload }: SnapshotPanelProps) {
  if (isSnapshotOpen(snapshot)) return <SnapshotWatcher snapshotsUrl={snapshotsUrl} number={snapshot.number} />
  if (snapshot.status === 'FAILED') {
    return (
      <Alert title={`Snapshot ${snapshot.number} failed${snapshot.httpStatus ? ` (HTTP ${snapshot.httpStatus})` : ''}`}>
        <p>{snapshot.failureReason ?? 'The source could not be archived.'}</p>
        <p className="mt-1">
          The source stays usable with its details{canUpload ? ': upload the file with “Upload file instead” to archive its text.' : '. A reviewer can upload the file instead.'}
        </p>
      </Alert>
    )
  }
  const rawUrl = `${snapshotsUrl}/${snapshot.number}/raw`
  return (
    <section aria-labelledby="reader-heading" className="rounded-lg border border-stone-200 bg-white">
      <header className="flex flex-wrap items-baseline justify-between gap-2 border-b border-stone-200 px-4 py-3">
        <div>
          <h2 id="reader-heading" className="font-semibold text-stone-900">
            Snapshot {snapshot.number}
            {snapshot.title ? `: ${snapshot.title}` : ''}
          </h2>
          <p className="text-xs text-stone-500">
            Archived {formatDateTime(snapshot.finishedAt ?? snapshot.createdAt)} · the text as read from the {snapshot.origin === 'FETCH' ? 'page' : 'file'}, without its layout
          </p>
        </div>
        <a href={rawUrl} className="text-sm font-medium text-indigo-700 hover:underline" download>
          Download original
        </a>
      </header>
      <div className="space-y-3 px-5 py-4">
        {isHighlightLost && <Alert tone="info">The quote’s place is not in this snapshot’s text: it may have been taken from another snapshot.</Alert>}
        {snapshot.text ? (
          <SnapshotReader text={snapshot.text} blocks={snapshot.blocks} highlight={highlight} label={`Archived text of snapshot ${snapshot.number}`} />
        ) : (
          <p className="py-6 text-center text-sm text-stone-500">This snapshot kept no text.</p>
        )}
      </div>
    </section>
  )
}
