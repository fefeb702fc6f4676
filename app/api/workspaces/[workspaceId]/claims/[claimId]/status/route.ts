import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { handleRoute, readJsonObject } from '@/lib/http/handle-route'
import { setClaimStatus } from '@/lib/reviews/set-claim-status'

type Context = { params: Promise<{ workspaceId: string; claimId: string }> }

// { status, version, verdict?, overrideReason? }
export const POST = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  return NextResponse.json({ claim: await setClaimStatus({ ...(await readJsonObject(request)), ...(await params), actor }) })
})
