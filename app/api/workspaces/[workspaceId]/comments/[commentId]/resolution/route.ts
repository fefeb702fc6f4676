import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { setThreadResolved } from '@/lib/comments/set-thread-resolved'
import { handleRoute } from '@/lib/http/handle-route'

type Context = { params: Promise<{ workspaceId: string; commentId: string }> }

// POST resolves the comment's thread, DELETE reopens it. No body.
export const POST = handleRoute(async (_request, { params }: Context) => {
  const actor = await requireActor()
  return NextResponse.json({ thread: await setThreadResolved({ ...(await params), isResolved: true, actor }) })
})

export const DELETE = handleRoute(async (_request, { params }: Context) => {
  const actor = await requireActor()
  return NextResponse.json({ thread: await setThreadResolved({ ...(await params), isResolved: false, actor }) })
})
