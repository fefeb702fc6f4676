import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { reattachClaim } from '@/lib/claims/reattach-claim'
import { handleRoute, readJsonObject } from '@/lib/http/handle-route'

type Context = { params: Promise<{ workspaceId: string; claimId: string }> }

// An orphaned claim onto { start, end } of the current revision; { version? } guards it.
export const POST = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  return NextResponse.json({ claim: await reattachClaim({ ...(await readJsonObject(request)), ...(await params), actor }) })
})
