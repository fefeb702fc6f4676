import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { handleRoute } from '@/lib/http/handle-route'
import { resolveReportFilter } from '@/lib/reports/report-filters'

type Context = { params: Promise<{ workspaceId: string; filterId: string }> }

// The documents the filter picks now: { filter, documentIds, documents, matchCount, truncated }.
export const GET = handleRoute(async (_request, { params }: Context) => {
  const actor = await requireActor()
  return NextResponse.json(await resolveReportFilter({ ...(await params), actor }))
})
