import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { dismissPriorCheck } from '@/lib/checked-before/act-on-prior-check'
import { handleRoute } from '@/lib/http/handle-route'

type Context = { params: Promise<{ workspaceId: string; claimId: string; priorCheckId: string }> }

// "Not the same claim": remembered, and never offered again for this claim.
export const POST = handleRoute(async (_request, { params }: Context) => {
  const actor = await requireActor()
  return NextResponse.json({ priorCheck: await dismissPriorCheck({ ...(await params), actor }) })
})
