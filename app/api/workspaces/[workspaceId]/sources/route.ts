import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { handleRoute, readJsonObject } from '@/lib/http/handle-route'
import { createSource } from '@/lib/sources/create-source'
import { findSources } from '@/lib/sources/find-sources'

type Context = { params: Promise<{ workspaceId: string }> }

// ?q= filters by title or URL.
export const GET = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  const query = new URL(request.url).searchParams.get('q') ?? undefined
  return NextResponse.json({ sources: await findSources({ ...(await params), query, actor }) })
})

// A link already in the library answers 200 with that source and isExisting: true.
export const POST = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  const { source, isExisting } = await createSource({ ...(await readJsonObject(request)), ...(await params), actor })
  return NextResponse.json({ source, isExisting }, { status: isExisting ? 200 : 201 })
})
