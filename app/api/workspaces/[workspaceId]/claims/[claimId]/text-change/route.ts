import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { acknowledgeTextChange } from '@/lib/claims/acknowledge-text-change'
import { handleRoute, readJsonObject } from '@/lib/http/handle-route'

type Context = { params: Promise<{ workspaceId: string; claimId: string }> }

// The reviewer has seen the claim's new wording beside the old: clears the flag.
export const DELETE = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  return NextResponse.json({ claim: await acknowledgeTextChange({ ...(await readJsonObject(request)), ...(await params), actor }) })
})
