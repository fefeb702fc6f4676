import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { findExternalChecks } from '@/lib/checked-before/find-external-checks'
import { importExternalChecks, parseJsonLines } from '@/lib/checked-before/import-external-checks'
import { AppError } from '@/lib/errors'
import { handleRoute } from '@/lib/http/handle-route'
import { readTextBody } from '@/lib/http/read-text-body'

type Context = { params: Promise<{ workspaceId: string }> }

// Not above Next's proxy buffer (experimental.proxyClientMaxBodySize, 10 MB by default):
// proxy.ts runs on every route, and a body past that buffer arrives cut short.
const MAX_BODY_BYTES = 10 * 1024 * 1024
const JSON_LINES_TYPES = ['application/x-ndjson', 'application/jsonl', 'application/json-lines', 'application/x-jsonlines']

// ?cursor=&limit=
export const GET = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  const query = new URL(request.url).searchParams
  return NextResponse.json(await findExternalChecks({ ...(await params), cursor: query.get('cursor'), limit: query.get('limit'), actor }))
})

// ClaimReview JSON-LD as JSON (one, an array, an @graph), or JSON Lines sent as
// application/x-ndjson. Answers { imported, updated }; a malformed review rejects
// the whole upload with 422 and the place of each problem.
export const POST = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  const text = await readTextBody(request, MAX_BODY_BYTES)
  if (!text.trim()) throw new AppError('INVALID_INPUT', 'The upload is empty: send ClaimReview JSON-LD')
  const contentType = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? ''
  const input = JSON_LINES_TYPES.includes(contentType) ? parseJsonLines(text) : parseJson(text)
  return NextResponse.json(await importExternalChecks({ ...(await params), input, actor }))
})

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    throw new AppError('INVALID_INPUT', 'The upload is not valid JSON (send JSON Lines, one review a line, as application/x-ndjson)')
  }
}
