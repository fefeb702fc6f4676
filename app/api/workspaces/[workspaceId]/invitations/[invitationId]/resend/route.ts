import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { handleRoute } from '@/lib/http/handle-route'
import { resendInvitation } from '@/lib/members/resend-invitation'
import { limitInvitations } from '@/lib/rate-limit/account-limits'

type Context = { params: Promise<{ workspaceId: string; invitationId: string }> }

// A new link, valid for 7 more days (owners).
export const POST = handleRoute(async (_request, { params }: Context) => {
  const actor = await requireActor()
  const ids = await params
  await limitInvitations({ actorId: actor.id, workspaceId: ids.workspaceId })
  return NextResponse.json({ invitation: await resendInvitation({ ...ids, actor }) })
})
