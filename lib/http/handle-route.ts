import 'server-only'
import { randomUUID } from 'node:crypto'
import { NextResponse } from 'next/server'
import { lastReachability } from '@/lib/db/reachability'
import { isDatabaseBusyError, isDatabaseUnavailableError } from '@/lib/db/unavailable'
import { AppError, isAppError } from '@/lib/errors'
import { limitWrites } from '@/lib/rate-limit/limit-writes'
import { isUniqueViolation } from '@/lib/db/unique-violation'

export interface ErrorBody {
  error: { code: string; message: string; fields?: { field: string; message: string }[]; details?: Record<string, string>; reference?: string }
}

// Seconds. The proxy's 503 pages say the same (proxy.ts).
export const DATABASE_RETRY_AFTER_SECONDS = '5'
const BUSY_RETRY_AFTER_SECONDS = '2'

// The JSON body, status and headers for any failure; also used by streaming routes,
// whose errors arrive after the status line has gone.
export function describeError(error: unknown): { status: number; body: ErrorBody; headers?: Record<string, string> } {
  if (isAppError(error)) {
    const fields = error.fields.length ? error.fields : undefined
    const body = { error: { code: error.code, message: error.message, fields, details: error.details } }
    // RATE_LIMITED carries its wait (lib/rate-limit/limiters.ts): clients and proxies read Retry-After.
    const retryAfter = error.code === 'RATE_LIMITED' ? error.details?.retryAfterSeconds : undefined
    return { status: error.status, body, headers: retryAfter ? { 'Retry-After': retryAfter } : undefined }
  }
  // A unique constraint lost to a concurrent request (double submit, two tabs).
  if (isUniqueViolation(error)) {
    return { status: 409, body: { error: { code: 'CONFLICT', message: 'This was just done by another request. Reload to see the result.' } } }
  }
  // 503 only for a database that cannot be reached; a pool that waited too long is load,
  // unless the last probe found the database gone (a connection that hangs looks the same).
  if (isDatabaseUnavailableError(error) || (isDatabaseBusyError(error) && lastReachability() === 'down')) {
    return { status: 503, body: { error: { code: 'UNAVAILABLE', message: 'The database is unavailable. Try again in a moment.' } }, headers: { 'Retry-After': DATABASE_RETRY_AFTER_SECONDS } }
  }
  if (isDatabaseBusyError(error)) {
    return { status: 429, body: { error: { code: 'BUSY', message: 'The server is busy right now. Try again in a few seconds.' } }, headers: { 'Retry-After': BUSY_RETRY_AFTER_SECONDS } }
  }
  const reference = randomUUID()
  console.error(`[claimtrack] unexpected error, reference ${reference}`, error)
  return { status: 500, body: { error: { code: 'INTERNAL', message: `Something went wrong on our side (reference ${reference}).`, reference } } }
}

export function errorResponse(error: unknown): NextResponse<ErrorBody> {
  const { status, body, headers } = describeError(error)
  return NextResponse.json(body, { status, headers })
}

// Wraps a route handler so every failure becomes a JSON error with the right status.
// Writes under /api/workspaces spend the user's write budget first (one round trip).
export function handleRoute<Context>(handler: (request: Request, context: Context) => Promise<Response>) {
  return async (request: Request, context: Context): Promise<Response> => {
    try {
      await limitWrites(request)
      return await handler(request, context)
    } catch (error) {
      return errorResponse(error)
    }
  }
}

const DEFAULT_MAX_BODY_BYTES = 64 * 1024

// Reads a JSON object body with a size cap, so an oversize upload is refused before parsing.
// A body may carry any key: spread it before the trusted ones, `{ ...body, ...params, actor }`.
// `isOptional`: an empty body reads as {} (for requests whose fields are all optional).
export async function readJsonObject(request: Request, maxBytes = DEFAULT_MAX_BODY_BYTES, { isOptional = false } = {}): Promise<Record<string, unknown>> {
  const declared = Number(request.headers.get('content-length') ?? 0)
  if (declared > maxBytes) throw tooLarge(maxBytes)
  const text = await request.text()
  if (Buffer.byteLength(text, 'utf8') > maxBytes) throw tooLarge(maxBytes)
  if (!text.trim() && isOptional) return {}
  if (!text.trim()) throw new AppError('INVALID_INPUT', 'The request body is empty: send a JSON object')
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    throw new AppError('INVALID_INPUT', 'The request body is not valid JSON')
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new AppError('INVALID_INPUT', 'The request body must be a JSON object')
  }
  return body as Record<string, unknown>
}

function tooLarge(maxBytes: number): AppError {
  const size = maxBytes >= 1024 * 1024 ? `${Math.round(maxBytes / 1024 / 1024)} MB` : `${Math.round(maxBytes / 1024)} KB`
  return new AppError('PAYLOAD_TOO_LARGE', `The request is larger than ${size}`)
}
