import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { handleRoute, readJsonObject } from '@/lib/http/handle-route'
import { rateClaim } from '@/lib/reviews/rate-claim'

type Context = { params: Promise<{ workspaceId: string; claimId: string }> }

// { verdict, confidence: 1–5, rationale }: the caller's rating, replacing their current one.
export const POST = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  const rating = await rateClaim({ ...(await readJsonObject(request)), ...(await params), actor })
  return NextResponse.json({ rating }, { status: 201 })
})
