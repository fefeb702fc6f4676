import { NextResponse } from 'next/server'
import { findDocumentActivity } from '@/lib/activity/find-activity'
import { requireActor } from '@/lib/auth/session'
import { handleRoute } from '@/lib/http/handle-route'

type Context = { params: Promise<{ workspaceId: string; documentId: string }> }

// The document's history, newest first, { events, nextCursor }: ?cursor=<a nextCursor>&limit=<1–200>.
export const GET = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  const query = new URL(request.url).searchParams
  const page = await findDocumentActivity({ cursor: query.get('cursor'), limit: query.get('limit'), ...(await params), actor })
  return NextResponse.json(page)
})
