import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { handleRoute, readJsonObject } from '@/lib/http/handle-route'
import { findMembers } from '@/lib/members/find-members'
import { inviteMember } from '@/lib/members/invite-member'
import { limitInvitations } from '@/lib/rate-limit/account-limits'

type Context = { params: Promise<{ workspaceId: string }> }

// A page of members, oldest first: { members, nextCursor, canManage }; ?cursor=&limit=<1–200>.
// Pending invitations are listed by GET …/invitations.
export const GET = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  const query = new URL(request.url).searchParams
  return NextResponse.json(await findMembers({ cursor: query.get('cursor'), limit: query.get('limit'), ...(await params), actor }))
})

export const POST = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  const { workspaceId } = await params
  await limitInvitations({ actorId: actor.id, workspaceId })
  const invited = await inviteMember({ ...(await readJsonObject(request)), workspaceId, actor })
  return NextResponse.json({ invited }, { status: 201 })
})
