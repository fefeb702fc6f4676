import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { handleRoute } from '@/lib/http/handle-route'
import { getReport } from '@/lib/reports/find-reports'

type Context = { params: Promise<{ workspaceId: string; reportId: string }> }

export const GET = handleRoute(async (_request, { params }: Context) => {
  const actor = await requireActor()
  return NextResponse.json({ report: await getReport({ ...(await params), actor }) })
})
