import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { handleRoute } from '@/lib/http/handle-route'
import { findNotifications } from '@/lib/notifications/find-notifications'

type Context = { params: Promise<{ workspaceId: string }> }

// My inbox in this workspace, a page at a time: { notifications, unreadCount, nextCursor }; ?cursor=&limit=<1–200>.
export const GET = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  const query = new URL(request.url).searchParams
  return NextResponse.json(await findNotifications({ cursor: query.get('cursor'), limit: query.get('limit'), ...(await params), actor }))
})
