import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { createClaim } from '@/lib/claims/create-claim'
import { findClaims } from '@/lib/claims/find-claims'
import { handleRoute, readJsonObject } from '@/lib/http/handle-route'

type Context = { params: Promise<{ workspaceId: string; documentId: string }> }

export const GET = handleRoute(async (_request, { params }: Context) => {
  const actor = await requireActor()
  return NextResponse.json({ claims: await findClaims({ ...(await params), actor }) })
})

// A claim the extractor missed: { start, end, kind? } in the current revision's text.
export const POST = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  const claim = await createClaim({ ...(await readJsonObject(request)), ...(await params), actor })
  return NextResponse.json({ claim }, { status: 201 })
})
