import type { ImportJob } from '@/lib/db/generated/client'

export type ImportJobStatus = ImportJob['status']

// What the page, the API and the CLI show of an import job.
export interface ImportJobView {
  id: string
  status: ImportJobStatus
  kind: string
  label: string
  // Imports waiting ahead of this one, while it is queued.
  ahead: number | null
  stage: string | null
  done: number
  total: number
  document: { id: string; title: string; claimCount: number } | null
  error: { code: string; message: string; details?: Record<string, string> } | null
  createdAt: string
  finishedAt: string | null
}

export const isFinished = (status: ImportJobStatus) => status === 'DONE' || status === 'FAILED'

export function toImportJobView(job: ImportJob & { document?: { id: string; title: string; _count: { claims: number } } | null }, ahead: number | null): ImportJobView {
  return {
    id: job.id,
    status: job.status,
    kind: job.kind,
    label: job.label,
    ahead: job.status === 'QUEUED' ? ahead : null,
    stage: job.stage,
    done: job.progressDone,
    total: job.progressTotal,
    document: job.document ? { id: job.document.id, title: job.document.title, claimCount: job.document._count.claims } : null,
    error: job.errorCode ? { code: job.errorCode, message: job.errorMessage ?? 'The import failed.', ...(job.errorDetails ? { details: job.errorDetails as Record<string, string> } : {}) } : null,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
  }
}

export function importPercent(job: ImportJobView): number {
  if (job.stage === 'saving' || job.status === 'DONE') return 100
  return job.stage === 'extracting' && job.total ? Math.round((job.done / job.total) * 100) : 0
}

// One line on where an import stands, for the page and the CLI.
export function describeImportStage(job: ImportJobView): string {
  if (job.status === 'QUEUED') return job.ahead ? `Waiting in the import queue: ${job.ahead} ${job.ahead === 1 ? 'import' : 'imports'} ahead of this one…` : 'Next in the import queue…'
  if (job.status === 'DONE') return 'Imported.'
  if (job.status === 'FAILED') return 'Import failed.'
  if (job.stage === 'reading') return job.kind === 'url' ? 'Fetching the page…' : job.kind === 'file' ? 'Reading the file…' : 'Reading the text…'
  if (job.stage === 'extracting') return `Finding claims and figures… ${importPercent(job)}%`
  return 'Saving claims…'
}
