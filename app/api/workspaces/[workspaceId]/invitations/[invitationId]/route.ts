import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { handleRoute } from '@/lib/http/handle-route'
import { revokeInvitation } from '@/lib/members/revoke-invitation'

type Context = { params: Promise<{ workspaceId: string; invitationId: string }> }

export const DELETE = handleRoute(async (_request, { params }: Context) => {
  const actor = await requireActor()
  await revokeInvitation({ ...(await params), actor })
  return new NextResponse(null, { status: 204 })
})
