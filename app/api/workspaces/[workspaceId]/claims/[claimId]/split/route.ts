import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { splitClaim } from '@/lib/claims/split-claim'
import { handleRoute, readJsonObject } from '@/lib/http/handle-route'

type Context = { params: Promise<{ workspaceId: string; claimId: string }> }

// { at, version? }: the offset in the revision text where the claim is cut in two.
export const POST = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  const result = await splitClaim({ ...(await readJsonObject(request)), ...(await params), actor })
  return NextResponse.json(result, { status: 201 })
})
