import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { handleRoute, readJsonObject } from '@/lib/http/handle-route'
import { changeMemberRole } from '@/lib/members/change-member-role'
import { removeMember } from '@/lib/members/remove-member'

type Context = { params: Promise<{ workspaceId: string; membershipId: string }> }

export const PATCH = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  const ids = await params
  const membership = await changeMemberRole({ ...(await readJsonObject(request)), ...ids, actor })
  return NextResponse.json({ membership })
})

export const DELETE = handleRoute(async (_request, { params }: Context) => {
  const actor = await requireActor()
  await removeMember({ ...(await params), actor })
  return new NextResponse(null, { status: 204 })
})
