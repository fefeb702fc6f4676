import { requireActor } from '@/lib/auth/session'
import { handleRoute } from '@/lib/http/handle-route'
import { attachmentHeaders, exportPublishedReport } from '@/lib/reports/export-report'

type Context = { params: Promise<{ workspaceId: string; reportId: string }> }

// ?format=html|pdf|md|csv|csv-quantities|claimreview → the published snapshot as a download.
export const GET = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  const format = new URL(request.url).searchParams.get('format') ?? undefined
  const file = await exportPublishedReport({ format, ...(await params), actor })
  return new Response(new Uint8Array(file.body), { headers: attachmentHeaders(file) })
})
