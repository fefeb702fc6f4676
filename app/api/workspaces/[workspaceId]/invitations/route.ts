import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { handleRoute } from '@/lib/http/handle-route'
import { findInvitations } from '@/lib/members/find-members'

type Context = { params: Promise<{ workspaceId: string }> }

// A page of pending invitations, oldest first: { invitations, nextCursor }; ?cursor=&limit=<1–200>.
// Empty for those who do not manage members.
export const GET = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  const query = new URL(request.url).searchParams
  return NextResponse.json(await findInvitations({ cursor: query.get('cursor'), limit: query.get('limit'), ...(await params), actor }))
})
