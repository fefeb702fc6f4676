import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { deleteExternalCheck } from '@/lib/checked-before/find-external-checks'
import { handleRoute } from '@/lib/http/handle-route'

type Context = { params: Promise<{ workspaceId: string; checkId: string }> }

export const DELETE = handleRoute(async (_request, { params }: Context) => {
  const actor = await requireActor()
  return NextResponse.json(await deleteExternalCheck({ ...(await params), actor }))
})
