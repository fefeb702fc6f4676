import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { handleRoute, readJsonObject } from '@/lib/http/handle-route'
import { deleteSource } from '@/lib/sources/delete-source'
import { updateSource } from '@/lib/sources/update-source'

type Context = { params: Promise<{ workspaceId: string; sourceId: string }> }

// { version, ...fields }: fields left out stay, null clears.
export const PATCH = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  return NextResponse.json({ source: await updateSource({ ...(await readJsonObject(request)), ...(await params), actor }) })
})

// { version }: only a source never cited; a cited one answers 409 (retract it instead).
export const DELETE = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  return NextResponse.json(await deleteSource({ ...(await readJsonObject(request)), ...(await params), actor }))
})
