import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { reusePriorCheck } from '@/lib/checked-before/act-on-prior-check'
import { handleRoute, readJsonObject } from '@/lib/http/handle-route'

type Context = { params: Promise<{ workspaceId: string; claimId: string; priorCheckId: string }> }

// { attachEvidence?: boolean }: the earlier verdict becomes the caller's rating, with a
// link back; its sources are cited for this claim too unless attachEvidence is false.
export const POST = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  const body = await readJsonObject(request, undefined, { isOptional: true })
  return NextResponse.json({ reuse: await reusePriorCheck({ ...body, ...(await params), actor }) }, { status: 201 })
})
