// Browser-side calls to the JSON API. A failed call throws ApiError carrying the
// server's message and per-field problems, ready to show inline.

export class ApiError extends Error {
  readonly status: number
  readonly fields: Record<string, string>
  readonly details: Record<string, string>

  constructor(status: number, message: string, fields: Record<string, string> = {}, details: Record<string, string> = {}) {
    super(message)
    this.status = status
    this.fields = fields
    this.details = details
  }
}

interface ErrorPayload {
  error?: { message?: string; fields?: { field: string; message: string }[]; details?: Record<string, string> }
}

export async function apiRequest<T = unknown>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown): Promise<T> {
  return send<T>(url, {
    method,
    headers: body === undefined ? undefined : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
}

// A multipart POST (a file with its fields); the browser sets the boundary.
export async function apiUpload<T = unknown>(url: string, form: FormData): Promise<T> {
  return send<T>(url, { method: 'POST', body: form })
}

async function send<T>(url: string, init: RequestInit): Promise<T> {
  let response: Response
  try {
    response = await fetch(url, init)
  } catch {
    throw new ApiError(0, 'Could not reach the server. Check your connection and try again.')
  }
  if (response.status === 204) return undefined as T
  const payload = (await response.json().catch(() => ({}))) as ErrorPayload & T
  if (!response.ok) {
    // The first problem of a field is the one to fix first.
    const fields: Record<string, string> = {}
    for (const issue of payload.error?.fields ?? []) fields[issue.field] ??= issue.message
    throw new ApiError(response.status, payload.error?.message ?? `The server answered ${response.status}.`, fields, payload.error?.details)
  }
  return payload
}
