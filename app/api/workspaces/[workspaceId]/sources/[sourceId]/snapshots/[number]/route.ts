import { requireActor } from '@/lib/auth/session'
import { handleRoute } from '@/lib/http/handle-route'
import { readSnapshot } from '@/lib/snapshots/find-snapshots'

type Context = { params: Promise<{ workspaceId: string; sourceId: string; number: string }> }

// One snapshot with its text and structure ({ kind, start, end, page? } blocks).
export const GET = handleRoute(async (_request, { params }: Context) => {
  const actor = await requireActor()
  return Response.json({ snapshot: await readSnapshot({ ...(await params), actor }) })
})
