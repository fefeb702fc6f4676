import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { handleRoute, readJsonObject } from '@/lib/http/handle-route'
import { createWorkspace } from '@/lib/workspaces/create-workspace'
import { findWorkspaces } from '@/lib/workspaces/find-workspaces'

export const GET = handleRoute(async () => {
  const actor = await requireActor()
  return NextResponse.json({ workspaces: await findWorkspaces({ actor }) })
})

export const POST = handleRoute(async (request) => {
  const actor = await requireActor()
  const workspace = await createWorkspace({ ...(await readJsonObject(request)), actor })
  return NextResponse.json({ workspace }, { status: 201 })
})
