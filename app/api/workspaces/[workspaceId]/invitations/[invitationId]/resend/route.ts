import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { handleRoute } from '@/lib/http/handle-route'
import { resendInvitation } from '@/lib/members/resend-invitation'

type Context = { params: Promise<{ workspaceId: string; invitationId: string }> }

// A new link, valid for 7 more days (owners).
export const POST = handleRoute(async (_request, { params }: Context) => {
  const actor = await requireActor()
  return NextResponse.json({ invitation: await resendInvitation({ ...(await params), actor }) })
})
