import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { removeEvidence } from '@/lib/evidence/remove-evidence'
import { handleRoute, readJsonObject } from '@/lib/http/handle-route'

type Context = { params: Promise<{ workspaceId: string; claimId: string; evidenceId: string }> }

// { version } withdraws the citation; the row stays, marked removed.
export const DELETE = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  return NextResponse.json({ evidence: await removeEvidence({ ...(await readJsonObject(request)), ...(await params), actor }) })
})
