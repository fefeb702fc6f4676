import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { removeEvidence } from '@/lib/evidence/remove-evidence'
import { updateEvidence } from '@/lib/evidence/update-evidence'
import { handleRoute, readJsonObject } from '@/lib/http/handle-route'

type Context = { params: Promise<{ workspaceId: string; claimId: string; evidenceId: string }> }

// { version, stance?, quote?, locator?, figure?, quantityPosition? } corrects the
// citation; a changed quote is located again in the source's archived snapshot.
export const PATCH = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  return NextResponse.json({ evidence: await updateEvidence({ ...(await readJsonObject(request)), ...(await params), actor }) })
})

// { version } withdraws the citation; the row stays, marked removed.
export const DELETE = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  return NextResponse.json({ evidence: await removeEvidence({ ...(await readJsonObject(request)), ...(await params), actor }) })
})
