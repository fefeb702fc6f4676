import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { handleRoute, readJsonObject } from '@/lib/http/handle-route'
import { acceptInvitation } from '@/lib/members/accept-invitation'

// {token}: the signed-in user accepts the invitation mailed to their verified address.
export const POST = handleRoute(async (request) => {
  const actor = await requireActor()
  const { token } = await readJsonObject(request)
  return NextResponse.json(await acceptInvitation({ actor, token }))
})
