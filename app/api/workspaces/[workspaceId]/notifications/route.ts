import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { handleRoute } from '@/lib/http/handle-route'
import { findNotifications } from '@/lib/notifications/find-notifications'

type Context = { params: Promise<{ workspaceId: string }> }

// My inbox in this workspace: { notifications, unreadCount }.
export const GET = handleRoute(async (_request, { params }: Context) => {
  const actor = await requireActor()
  return NextResponse.json(await findNotifications({ ...(await params), actor }))
})
