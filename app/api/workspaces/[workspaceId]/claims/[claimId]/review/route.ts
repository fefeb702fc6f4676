import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { handleRoute } from '@/lib/http/handle-route'
import { findClaimReview } from '@/lib/reviews/find-claim-review'

type Context = { params: Promise<{ workspaceId: string; claimId: string }> }

// The claim's ratings, their aggregate, its status, verdict, assignee and whether VERIFIED's rules hold.
export const GET = handleRoute(async (_request, { params }: Context) => {
  const actor = await requireActor()
  return NextResponse.json({ review: await findClaimReview({ ...(await params), actor }) })
})
