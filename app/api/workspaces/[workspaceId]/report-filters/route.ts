import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { handleRoute, readJsonObject } from '@/lib/http/handle-route'
import { createReportFilter, findReportFilters } from '@/lib/reports/report-filters'

type Context = { params: Promise<{ workspaceId: string }> }

// The workspace's saved report filters: { filters, canManage }.
export const GET = handleRoute(async (_request, { params }: Context) => {
  const actor = await requireActor()
  return NextResponse.json(await findReportFilters({ ...(await params), actor }))
})

// { name, criteria: { titleContains?, publishedFrom?, publishedTo?, onlyWithVerifiedClaims? } } → 201 { filter }.
export const POST = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  const body = await readJsonObject(request)
  const filter = await createReportFilter({ ...body, ...(await params), actor })
  return NextResponse.json({ filter }, { status: 201 })
})
