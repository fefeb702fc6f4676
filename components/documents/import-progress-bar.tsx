import { describeImportStage, importPercent, type ImportJobView } from '@/lib/jobs/import-job-view'

// Where an import stands: its place in the queue, then reading, finding claims (with a
// percentage) and saving.
export function ImportProgressBar({ job }: { job: ImportJobView }) {
  const percent = importPercent(job)
  return (
    <div className="space-y-1" aria-live="polite" data-testid="import-progress">
      <div role="progressbar" aria-label="Import progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} className="h-2 overflow-hidden rounded bg-stone-200">
        <div className="h-full bg-indigo-600 transition-[width]" style={{ width: `${percent}%` }} />
      </div>
      <p className="text-sm text-stone-600">{describeImportStage(job)}</p>
    </div>
  )
}
