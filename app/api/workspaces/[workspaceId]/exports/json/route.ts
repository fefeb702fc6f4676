import { PassThrough, Readable } from 'node:stream'
import { requireActor } from '@/lib/auth/session'
import { handleRoute } from '@/lib/http/handle-route'
import { prepareWorkspaceJsonExport } from '@/lib/interchange/export-workspace-json'

type Context = { params: Promise<{ workspaceId: string }> }

// The full JSON export of the workspace, or of ?documentId=, streamed as it is read
// (docs/export-json-schema.md). Editors and owners. Access is checked before the
// first byte; a failure midway cuts the stream, so the file is not valid JSON.
export const GET = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  const documentId = new URL(request.url).searchParams.get('documentId') ?? undefined
  const { filename, write } = await prepareWorkspaceJsonExport({ documentId, ...(await params), actor })
  const stream = new PassThrough()
  write(stream).then(
    () => stream.end(),
    (error: unknown) => stream.destroy(error instanceof Error ? error : new Error(String(error))),
  )
  return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, {
    headers: { 'content-type': 'application/json; charset=utf-8', 'content-disposition': `attachment; filename="${filename}"`, 'cache-control': 'private, no-store', 'x-content-type-options': 'nosniff' },
  })
})
