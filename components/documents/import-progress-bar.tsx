import type { ImportProgress } from './import-stream'

export function ImportProgressBar({ progress }: { progress: ImportProgress }) {
  const percent = progress.total ? Math.round((progress.done / progress.total) * 100) : 0
  const label = percent < 100 ? `Finding claims and figures… ${percent}%` : 'Saving claims…'
  return (
    <div className="space-y-1" aria-live="polite">
      <div role="progressbar" aria-label="Import progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} className="h-2 overflow-hidden rounded bg-stone-200">
        <div className="h-full bg-indigo-600 transition-[width]" style={{ width: `${percent}%` }} />
      </div>
      <p className="text-sm text-stone-600">{label}</p>
    </div>
  )
}
