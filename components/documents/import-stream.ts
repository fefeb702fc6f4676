import { ApiError } from '@/lib/http/api-client'
import { ERROR_STATUS, type ErrorCode } from '@/lib/errors'
import type { ImportJobView } from '@/lib/jobs/import-job-view'

interface ErrorBody {
  message: string
  fields?: { field: string; message: string }[]
  details?: Record<string, string>
}

function toApiError(status: number, error: ErrorBody | undefined): ApiError {
  const fields: Record<string, string> = {}
  for (const issue of error?.fields ?? []) fields[issue.field] ??= issue.message
  return new ApiError(status, error?.message ?? `The server answered ${status}.`, fields, error?.details)
}

async function reach(url: string, init?: RequestInit): Promise<Response> {
  const response = await fetch(url, init).catch(() => {
    throw new ApiError(0, 'Could not reach the server. Check your connection and try again.')
  })
  if (!response.ok || !response.body) {
    const payload = (await response.json().catch(() => ({}))) as { error?: ErrorBody }
    throw toApiError(response.status, payload.error)
  }
  return response
}

// Posts an import form; the server answers at once with the queued job.
export async function postImport(url: string, form: FormData): Promise<ImportJobView> {
  const { job } = (await (await reach(url, { method: 'POST', body: form })).json()) as { job: ImportJobView }
  return job
}

// Follows a job's NDJSON stream until it is done (the job) or failed (thrown as the
// ApiError the import would have answered), reconnecting when the stream ends early.
export async function followImport(jobUrl: string, onJob: (job: ImportJobView) => void): Promise<ImportJobView> {
  for (;;) {
    const reader = (await reach(`${jobUrl}?follow=1`)).body!.pipeThrough(new TextDecoderStream()).getReader()
    let buffered = ''
    let latest: ImportJobView | undefined
    for (;;) {
      const { value, done } = await reader.read()
      buffered += value ?? ''
      const lines = buffered.split('\n')
      buffered = lines.pop() ?? ''
      for (const line of lines.filter(Boolean)) {
        const event = JSON.parse(line) as { type: string; job?: ImportJobView; status?: number; error?: ErrorBody }
        if (event.type === 'error') throw toApiError(event.status ?? 500, event.error)
        if (event.job) onJob((latest = event.job))
      }
      if (done) break
    }
    if (latest?.status === 'DONE') return latest
    if (latest?.status === 'FAILED') throw toApiError(ERROR_STATUS[latest.error?.code as ErrorCode] ?? 500, latest.error ?? undefined)
  }
}

export async function getImport(jobUrl: string): Promise<ImportJobView> {
  const { job } = (await (await reach(jobUrl)).json()) as { job: ImportJobView }
  return job
}
