import { buttonClass } from '@/components/ui/button'
import type { SnapshotSummary } from '@/lib/snapshots/snapshot-view'

interface DiffPickerProps {
  sourcePath: string
  // Snapshots with text, newest first.
  readable: SnapshotSummary[]
  from: number
  to: number
}

// Which two snapshots to compare: a plain GET form, so it works before any script.
export function DiffPicker({ sourcePath, readable, from, to }: DiffPickerProps) {
  const select = 'rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm focus:border-indigo-600 focus:outline-none focus:ring-1 focus:ring-indigo-600'
  const options = readable.map((snapshot) => (
    <option key={snapshot.number} value={snapshot.number}>
      Snapshot {snapshot.number}
    </option>
  ))
  return (
    <form action={sourcePath} method="get" className="flex flex-wrap items-end gap-3 text-sm">
      <input type="hidden" name="view" value="changes" />
      <label className="space-y-1">
        <span className="block font-medium text-stone-800">From</span>
        <select name="from" defaultValue={from} className={select}>
          {options}
        </select>
      </label>
      <label className="space-y-1">
        <span className="block font-medium text-stone-800">To</span>
        <select name="to" defaultValue={to} className={select}>
          {options}
        </select>
      </label>
      <button type="submit" className={buttonClass('secondary')}>
        Compare
      </button>
    </form>
  )
}
