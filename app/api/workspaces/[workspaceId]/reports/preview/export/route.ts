import { requireActor } from '@/lib/auth/session'
import { handleRoute } from '@/lib/http/handle-route'
import { filterIdFromQuery } from '@/lib/reports/report-filter-schemas'
import { applyReportFilter } from '@/lib/reports/report-filters'
import { attachmentHeaders, exportPreviewReport } from '@/lib/reports/export-report'
import { queryOf, reportChoicesFromQuery } from '@/lib/reports/schemas'

type Context = { params: Promise<{ workspaceId: string }> }

// ?documentIds=a,b (or filterId=…)&scope=verified|all&comments=1&audit=1&format=… → a report built now, not stored.
export const GET = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  const searchParams = new URL(request.url).searchParams
  const query = queryOf(searchParams)
  const { workspaceId } = await params
  // ?filterId= exports the documents a saved filter picks now.
  const choices = await applyReportFilter({ actor, workspaceId, filterId: filterIdFromQuery(query), choices: reportChoicesFromQuery(query) })
  const file = await exportPreviewReport({ ...choices, format: searchParams.get('format') ?? undefined, ...(await params), actor })
  return new Response(new Uint8Array(file.body), { headers: attachmentHeaders(file) })
})
