import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { handleRoute, readJsonObject } from '@/lib/http/handle-route'
import { findReports } from '@/lib/reports/find-reports'
import { publishReport } from '@/lib/reports/publish-report'

type Context = { params: Promise<{ workspaceId: string }> }

// A page of published reports, newest first: { reports, nextCursor }; ?cursor=&limit=<1–200>.
export const GET = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  const query = new URL(request.url).searchParams
  return NextResponse.json(await findReports({ cursor: query.get('cursor'), limit: query.get('limit'), ...(await params), actor }))
})

// { title, documentIds, options: { scope, includeComments, includeAuditAppendix } } → 201 { report }
export const POST = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  const body = await readJsonObject(request)
  const { snapshot, ...report } = await publishReport({ ...body, ...(await params), actor })
  return NextResponse.json({ report: { ...report, claimCount: snapshot.summary.claimCount } }, { status: 201 })
})
