import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { handleRoute, readJsonObject } from '@/lib/http/handle-route'
import { createSource } from '@/lib/sources/create-source'
import { findSources } from '@/lib/sources/find-sources'

type Context = { params: Promise<{ workspaceId: string }> }

// A page of the library, { sources, nextCursor }: ?q= filters by title or URL, ?cursor=&limit=<1–200> page.
export const GET = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  const search = new URL(request.url).searchParams
  return NextResponse.json(await findSources({ query: search.get('q') ?? undefined, cursor: search.get('cursor'), limit: search.get('limit'), ...(await params), actor }))
})

// A link already in the library answers 200 with that source and isExisting: true.
export const POST = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  const { source, isExisting } = await createSource({ ...(await readJsonObject(request)), ...(await params), actor })
  return NextResponse.json({ source, isExisting }, { status: isExisting ? 200 : 201 })
})
