import { requireActor } from '@/lib/auth/session'
import { AppError } from '@/lib/errors'
import { handleRoute } from '@/lib/http/handle-route'
import { readForm } from '@/lib/http/read-form'
import { requestSnapshot, uploadSnapshot } from '@/lib/snapshots/create-snapshot'
import { findSnapshots } from '@/lib/snapshots/find-snapshots'
import { maxSnapshotBytes } from '@/lib/snapshots/snapshot-limits'

type Context = { params: Promise<{ workspaceId: string; sourceId: string }> }

// The source's snapshots, newest first, without their text.
export const GET = handleRoute(async (_request, { params }: Context) => {
  const actor = await requireActor()
  return Response.json({ snapshots: await findSnapshots({ ...(await params), actor }) })
})

// A multipart form with `file` uploads that file as the next snapshot; any other body
// fetches the source's URL again. Answers 202 with the snapshot, which runs as a job.
export const POST = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  const isUpload = (request.headers.get('content-type') ?? '').toLowerCase().startsWith('multipart/form-data')
  if (!isUpload) return Response.json({ snapshot: await requestSnapshot({ ...(await params), actor }) }, { status: 202 })
  // The file plus the form's envelope.
  const form = await readForm(request, maxSnapshotBytes() + 64 * 1024)
  const file = form.get('file')
  if (!(file instanceof File)) throw new AppError('INVALID_INPUT', 'file: is required: choose a file', [{ field: 'file', message: 'is required: choose a file' }])
  const snapshot = await uploadSnapshot({ filename: file.name, contentType: file.type || undefined, bytes: new Uint8Array(await file.arrayBuffer()), ...(await params), actor })
  return Response.json({ snapshot }, { status: 202 })
})
