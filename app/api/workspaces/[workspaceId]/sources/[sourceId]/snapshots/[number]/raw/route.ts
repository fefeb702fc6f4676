import { requireActor } from '@/lib/auth/session'
import { handleRoute } from '@/lib/http/handle-route'
import { readSnapshotBytes } from '@/lib/snapshots/find-snapshots'

type Context = { params: Promise<{ workspaceId: string; sourceId: string; number: string }> }

// The archived bytes, as a download only: an archived HTML page opened on our origin
// would run its scripts with the reader's session, so it is never served as a page
// (attachment, octet-stream, nosniff, and a sandbox should a browser render it anyway).
export const GET = handleRoute(async (_request, { params }: Context) => {
  const actor = await requireActor()
  const { snapshot, bytes } = await readSnapshotBytes({ ...(await params), actor })
  const name = `source-${snapshot.sourceId}-snapshot-${snapshot.number}.${snapshot.format ?? 'bin'}`
  return new Response(Buffer.from(bytes), {
    headers: {
      'content-type': 'application/octet-stream',
      'content-disposition': `attachment; filename="${name}"`,
      'x-content-type-options': 'nosniff',
      'content-security-policy': "sandbox; default-src 'none'",
      'cache-control': 'private, no-store',
      'x-snapshot-sha256': snapshot.sha256 ?? '',
    },
  })
})
