import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { handleRoute } from '@/lib/http/handle-route'
import { deleteReportFilter } from '@/lib/reports/report-filters'

type Context = { params: Promise<{ workspaceId: string; filterId: string }> }

export const DELETE = handleRoute(async (_request, { params }: Context) => {
  const actor = await requireActor()
  return NextResponse.json({ deleted: await deleteReportFilter({ ...(await params), actor }) })
})
