import { ApiError } from '@/lib/http/api-client'

export interface ImportProgress {
  done: number
  total: number
}

interface StreamEvent {
  type: 'progress' | 'done' | 'error'
  done?: number
  total?: number
  document?: { id: string; claimCount: number }
  status?: number
  error?: { message: string; fields?: { field: string; message: string }[]; details?: Record<string, string> }
}

function toApiError(status: number, error: StreamEvent['error']): ApiError {
  const fields: Record<string, string> = {}
  for (const issue of error?.fields ?? []) fields[issue.field] ??= issue.message
  return new ApiError(status, error?.message ?? `The server answered ${status}.`, fields, error?.details)
}

// Posts an import form and follows its NDJSON progress stream to the end.
export async function postImport(url: string, form: FormData, onProgress: (progress: ImportProgress) => void): Promise<{ id: string; claimCount: number }> {
  const response = await fetch(url, { method: 'POST', body: form }).catch(() => {
    throw new ApiError(0, 'Could not reach the server. Check your connection and try again.')
  })
  if (!response.ok || !response.body) {
    const payload = (await response.json().catch(() => ({}))) as { error?: StreamEvent['error'] }
    throw toApiError(response.status, payload.error)
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
  let buffered = ''
  for (;;) {
    const { value, done } = await reader.read()
    buffered += value ?? ''
    const lines = buffered.split('\n')
    buffered = lines.pop() ?? ''
    for (const line of lines.filter(Boolean)) {
      const event = JSON.parse(line) as StreamEvent
      if (event.type === 'progress') onProgress({ done: event.done ?? 0, total: event.total ?? 0 })
      if (event.type === 'error') throw toApiError(event.status ?? 500, event.error)
      if (event.type === 'done' && event.document) return event.document
    }
    if (done) throw new ApiError(0, 'The import stopped before it finished. Try again.')
  }
}
