import Link from 'next/link'
import { describeImportStage, type ImportJobView } from '@/lib/jobs/import-job-view'

const FORMAT = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })

// My imports of the last day: those still waiting or running (each opens its progress
// again), and how the others ended.
export function RecentImports({ workspaceId, jobs }: { workspaceId: string; jobs: ImportJobView[] }) {
  if (jobs.length === 0) return null
  return (
    <section aria-labelledby="recent-imports" className="mt-10 max-w-3xl">
      <h2 id="recent-imports" className="text-sm font-semibold text-stone-900">
        Your recent imports
      </h2>
      <ul className="mt-2 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white text-sm" data-testid="recent-imports">
        {jobs.map((job) => (
          <li key={job.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-4 py-2">
            <span className="min-w-0 truncate font-medium text-stone-800">{job.document?.title ?? job.label}</span>
            <span className="text-stone-600">
              {job.status === 'DONE' && job.document ? (
                <Link className="text-indigo-700 underline" href={`/w/${workspaceId}/documents/${job.document.id}`}>
                  Imported: {job.document.claimCount} claims
                </Link>
              ) : job.status === 'FAILED' ? (
                <span className="text-red-700">Failed: {job.error?.message}</span>
              ) : (
                <Link className="text-indigo-700 underline" href={`/w/${workspaceId}/documents/new?job=${job.id}`}>
                  {describeImportStage(job)}
                </Link>
              )}
              <time className="ml-2 text-xs text-stone-500" dateTime={job.createdAt}>
                {FORMAT.format(new Date(job.createdAt))} UTC
              </time>
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}
