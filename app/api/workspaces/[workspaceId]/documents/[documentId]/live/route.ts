import { requireActor } from '@/lib/auth/session'
import { openLiveStream } from '@/lib/events/live-stream'
import { handleRoute } from '@/lib/http/handle-route'

export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'

type Context = { params: Promise<{ workspaceId: string; documentId: string }> }

// Server-sent events: `activity` (id = the activity event's id), `presence` (who else
// views the document) and `reset` (too much was missed: reload). A reconnecting
// EventSource sends Last-Event-ID and first gets what it missed; `?lastEventId=` does
// the same for clients that cannot set headers.
export const GET = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  const lastEventId = request.headers.get('last-event-id') ?? new URL(request.url).searchParams.get('lastEventId')
  return openLiveStream({ ...(await params), actor, lastEventId, signal: request.signal })
})
