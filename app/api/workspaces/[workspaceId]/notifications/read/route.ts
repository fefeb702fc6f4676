import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { handleRoute, readJsonObject } from '@/lib/http/handle-route'
import { markNotificationsRead } from '@/lib/notifications/mark-read'

type Context = { params: Promise<{ workspaceId: string }> }

// { ids: [...] } or { all: true } → { unreadCount }.
export const POST = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  return NextResponse.json(await markNotificationsRead({ ...(await readJsonObject(request)), ...(await params), actor }))
})
