import { NextResponse } from 'next/server'
import { findClaimActivity } from '@/lib/activity/find-activity'
import { requireActor } from '@/lib/auth/session'
import { handleRoute } from '@/lib/http/handle-route'

type Context = { params: Promise<{ workspaceId: string; claimId: string }> }

// The claim's history, newest first.
export const GET = handleRoute(async (_request, { params }: Context) => {
  const actor = await requireActor()
  return NextResponse.json({ events: await findClaimActivity({ ...(await params), actor }) })
})
