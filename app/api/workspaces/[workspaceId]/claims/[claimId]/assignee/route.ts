import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { handleRoute, readJsonObject } from '@/lib/http/handle-route'
import { assignClaim } from '@/lib/reviews/assign-claim'

type Context = { params: Promise<{ workspaceId: string; claimId: string }> }

// { assigneeId: string | null, version }
export const PUT = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  return NextResponse.json({ claim: await assignClaim({ ...(await readJsonObject(request)), ...(await params), actor }) })
})

// The browser's API client speaks PATCH; the same replace-the-assignee semantics.
export const PATCH = PUT
