import { NextResponse } from 'next/server'
import { findDocumentActivity } from '@/lib/activity/find-activity'
import { requireActor } from '@/lib/auth/session'
import { handleRoute } from '@/lib/http/handle-route'

type Context = { params: Promise<{ workspaceId: string; documentId: string }> }

// The document's history, newest first: ?before=<id of the oldest shown>&limit=<1–200>.
export const GET = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  const query = new URL(request.url).searchParams
  const page = await findDocumentActivity({ before: query.get('before'), limit: query.get('limit'), ...(await params), actor })
  return NextResponse.json(page)
})
