import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { addEvidence } from '@/lib/evidence/add-evidence'
import { findEvidence } from '@/lib/evidence/find-evidence'
import { handleRoute, readJsonObject } from '@/lib/http/handle-route'

type Context = { params: Promise<{ workspaceId: string; claimId: string }> }

export const GET = handleRoute(async (_request, { params }: Context) => {
  const actor = await requireActor()
  return NextResponse.json({ evidence: await findEvidence({ ...(await params), actor }) })
})

// { sourceId, stance, quote, locator?, figure?, quantityPosition? }
export const POST = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  const evidence = await addEvidence({ ...(await readJsonObject(request)), ...(await params), actor })
  return NextResponse.json({ evidence }, { status: 201 })
})
