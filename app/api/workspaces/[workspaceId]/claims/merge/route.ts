import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { mergeClaims } from '@/lib/claims/merge-claims'
import { handleRoute, readJsonObject } from '@/lib/http/handle-route'

type Context = { params: Promise<{ workspaceId: string }> }

// { claimIds: [...] }: claims of one revision merged into one.
export const POST = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  const claim = await mergeClaims({ ...(await readJsonObject(request)), ...(await params), actor })
  return NextResponse.json({ claim }, { status: 201 })
})
