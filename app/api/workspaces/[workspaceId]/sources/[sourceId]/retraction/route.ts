import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { handleRoute, readJsonObject } from '@/lib/http/handle-route'
import { retractSource } from '@/lib/sources/retract-source'

type Context = { params: Promise<{ workspaceId: string; sourceId: string }> }

// { note, version? } marks the source retracted.
export const POST = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  return NextResponse.json({ source: await retractSource({ ...(await readJsonObject(request)), ...(await params), actor }) })
})
