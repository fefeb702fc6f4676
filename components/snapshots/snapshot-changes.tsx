import type { SnapshotDiff as Diff } from '@/lib/snapshots/diff-snapshots'
import type { SnapshotSummary } from '@/lib/snapshots/snapshot-view'
import { DiffPicker } from './diff-picker'
import { SnapshotDiff } from './snapshot-diff'

// The Changes view: which two readable snapshots are compared, and the word diff.
export function SnapshotChanges({ sourcePath, readable, diff }: { sourcePath: string; readable: SnapshotSummary[]; diff: Diff | null }) {
  if (!diff) {
    return (
      <p className="rounded-lg border border-dashed border-stone-300 bg-white px-4 py-6 text-center text-sm text-stone-600">
        {readable.length === 0 ? 'No snapshot has text yet: there is nothing to compare.' : 'Only one snapshot has text. Fetch the source again (or upload a new version) to see what changed.'}
      </p>
    )
  }
  return (
    <div className="space-y-4">
      <DiffPicker sourcePath={sourcePath} readable={readable} from={diff.from} to={diff.to} />
      <SnapshotDiff diff={diff} />
    </div>
  )
}
