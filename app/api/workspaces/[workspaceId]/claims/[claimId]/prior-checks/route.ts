import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { findPriorChecks } from '@/lib/checked-before/find-prior-checks'
import { handleRoute } from '@/lib/http/handle-route'

type Context = { params: Promise<{ workspaceId: string; claimId: string }> }

// "Checked before": the earlier checks matched with this claim, best first.
export const GET = handleRoute(async (_request, { params }: Context) => {
  const actor = await requireActor()
  return NextResponse.json({ priorChecks: await findPriorChecks({ ...(await params), actor }) })
})
