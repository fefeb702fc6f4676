import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { handleRoute } from '@/lib/http/handle-route'
import { getWorkspaceById } from '@/lib/workspaces/get-workspace'

type Context = { params: Promise<{ workspaceId: string }> }

export const GET = handleRoute(async (_request, { params }: Context) => {
  const actor = await requireActor()
  const { workspaceId } = await params
  return NextResponse.json({ workspace: await getWorkspaceById({ actor, workspaceId }) })
})
