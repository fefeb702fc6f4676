import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { AppError } from '@/lib/errors'
import { handleRoute, readJsonObject } from '@/lib/http/handle-route'
import { readForm } from '@/lib/http/read-form'
import { maxSnapshotBytes } from '@/lib/snapshots/snapshot-limits'
import { createSource } from '@/lib/sources/create-source'
import { createSourceFromFile } from '@/lib/sources/create-source-from-file'
import { findSources } from '@/lib/sources/find-sources'
import { sourceFieldsFromForm } from '@/lib/sources/source-form-fields'

type Context = { params: Promise<{ workspaceId: string }> }

// A page of the library, { sources, nextCursor }: ?q= filters by title or URL, ?cursor=&limit=<1–200> page.
export const GET = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  const search = new URL(request.url).searchParams
  return NextResponse.json(await findSources({ query: search.get('q') ?? undefined, cursor: search.get('cursor'), limit: search.get('limit'), ...(await params), actor }))
})

// JSON { url, title, ... } adds a link (fetched as snapshot 1); a multipart form with
// `file` and the same fields but no url adds a source that is that file. A link or a
// file already in the library answers 200 with that source and isExisting: true.
export const POST = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  const isUpload = (request.headers.get('content-type') ?? '').toLowerCase().startsWith('multipart/form-data')
  const { source, isExisting } = isUpload ? await createFromForm(request, actor, await params) : await createSource({ ...(await readJsonObject(request)), ...(await params), actor })
  return NextResponse.json({ source, isExisting }, { status: isExisting ? 200 : 201 })
})

async function createFromForm(request: Request, actor: Awaited<ReturnType<typeof requireActor>>, params: { workspaceId: string }) {
  // The file plus the form's envelope and fields.
  const form = await readForm(request, maxSnapshotBytes() + 64 * 1024)
  const file = form.get('file')
  if (!(file instanceof File)) throw new AppError('INVALID_INPUT', 'file: is required: choose a file', [{ field: 'file', message: 'is required: choose a file' }])
  const bytes = new Uint8Array(await file.arrayBuffer())
  return createSourceFromFile({ ...sourceFieldsFromForm(form), filename: file.name, contentType: file.type || undefined, bytes, ...params, actor })
}
