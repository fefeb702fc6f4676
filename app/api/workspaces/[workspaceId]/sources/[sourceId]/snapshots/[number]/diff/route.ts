import { requireActor } from '@/lib/auth/session'
import { handleRoute } from '@/lib/http/handle-route'
import { diffSnapshots } from '@/lib/snapshots/diff-snapshots'

type Context = { params: Promise<{ workspaceId: string; sourceId: string; number: string }> }

// What changed from snapshot ?from= (default: the one before) to this one, word by word.
export const GET = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  const { number, ...ids } = await params
  const from = new URL(request.url).searchParams.get('from') ?? String(Number(number) - 1)
  return Response.json({ diff: await diffSnapshots({ ...ids, from, to: number, actor }) })
})
