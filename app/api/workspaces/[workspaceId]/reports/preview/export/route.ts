import { PassThrough, Readable } from 'node:stream'
import { requireActor } from '@/lib/auth/session'
import { handleRoute } from '@/lib/http/handle-route'
import { filterIdFromQuery } from '@/lib/reports/report-filter-schemas'
import { applyReportFilter } from '@/lib/reports/report-filters'
import { attachmentHeaders, CSV_FORMATS, exportPreviewReport, prepareReportCsvExport } from '@/lib/reports/export-report'
import { queryOf, reportChoicesFromQuery } from '@/lib/reports/schemas'

type Context = { params: Promise<{ workspaceId: string }> }

const isCsvFormat = (format: string | null): format is (typeof CSV_FORMATS)[number] => CSV_FORMATS.some((csv) => csv === format)

// ?documentIds=a,b (or filterId=…)&scope=verified|all&comments=1&audit=1&format=… → a report built now, not stored.
export const GET = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  const searchParams = new URL(request.url).searchParams
  const query = queryOf(searchParams)
  const { workspaceId } = await params
  // ?filterId= exports the documents a saved filter picks now.
  const choices = await applyReportFilter({ actor, workspaceId, filterId: filterIdFromQuery(query), choices: reportChoicesFromQuery(query) })
  const format = searchParams.get('format')
  if (isCsvFormat(format)) {
    // CSV streams as it is read (any size, flat memory); a failure midway cuts the file.
    const { filename, contentType, write } = await prepareReportCsvExport({ ...choices, format, ...(await params), actor })
    const stream = new PassThrough()
    write(stream).then(
      () => stream.end(),
      (error: unknown) => stream.destroy(error instanceof Error ? error : new Error(String(error))),
    )
    return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, {
      headers: { 'content-type': contentType, 'content-disposition': `attachment; filename="${filename}"`, 'cache-control': 'private, no-store', 'x-content-type-options': 'nosniff' },
    })
  }
  const file = await exportPreviewReport({ ...choices, format: format ?? undefined, ...(await params), actor })
  return new Response(new Uint8Array(file.body), { headers: attachmentHeaders(file) })
})
