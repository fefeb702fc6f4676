import type { Metadata } from 'next'
import Link from 'next/link'
import { ReportExportLinks } from '@/components/reports/report-builder-exports'
import { ReportView } from '@/components/reports/report-view'
import { Alert } from '@/components/ui/alert'
import { PageHeader } from '@/components/ui/card'
import { requirePageActor } from '@/lib/auth/session'
import { isAppError } from '@/lib/errors'
import { notFoundOnMissing } from '@/lib/http/not-found-on-missing'
import { buildReport } from '@/lib/reports/build-report'
import { reportContentHash } from '@/lib/reports/report-hash'
import { filterIdFromQuery } from '@/lib/reports/report-filter-schemas'
import { applyReportFilter } from '@/lib/reports/report-filters'
import { reportChoicesFromQuery, reportQueryString } from '@/lib/reports/schemas'
import { tryRenderVerdictChartSvg } from '@/lib/reports/verdict-chart-svg'

export const metadata: Metadata = { title: 'Report preview · Claimtrack' }

interface PreviewPageProps {
  params: Promise<{ workspaceId: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

// The builder's choices rendered as the report will read; nothing is stored.
export default async function ReportPreviewPage({ params, searchParams }: PreviewPageProps) {
  const { workspaceId } = await params
  const rawQuery = await searchParams
  const choices = reportChoicesFromQuery(rawQuery)
  // ?filterId= picks the documents of a saved filter, resolved now.
  const filterId = filterIdFromQuery(rawQuery)
  const query = reportQueryString(choices) + (filterId ? `&filterId=${encodeURIComponent(filterId)}` : '')
  const actor = await requirePageActor(`/w/${workspaceId}/reports/preview?${query}`)
  const back = `/w/${workspaceId}/reports?${query}`
  const result = await notFoundOnMissing(applyReportFilter({ actor, workspaceId, filterId, choices }).then((chosen) => buildReport({ actor, workspaceId, ...chosen })).then(
    (report) => ({ report, error: null }),
    (error: unknown) => {
      // Bad choices (no documents, a document of another workspace…) are explained, not a 500.
      if (isAppError(error) && error.code === 'INVALID_INPUT') return { report: null, error: error.message }
      throw error
    },
  ))
  if (!result.report) {
    return (
      <>
        <PageHeader title="Report preview" />
        <Alert title="This report cannot be built">
          {result.error}{' '}
          <Link href={back} className="font-medium underline">
            Back to the builder
          </Link>
        </Alert>
      </>
    )
  }
  const contentHash = reportContentHash(result.report)
  const chartSvg = await tryRenderVerdictChartSvg(result.report.summary)
  return (
    <>
      <PageHeader
        title="Report preview"
        description="Not published: this is how the report reads with the current claims."
        actions={
          <Link href={back} className="text-sm font-medium text-indigo-700 hover:underline">
            Back to the builder
          </Link>
        }
      />
      <div className="mb-6">
        <ReportExportLinks href={`/api/workspaces/${workspaceId}/reports/preview/export?${query}`} />
      </div>
      <ReportView report={result.report} chartSvg={chartSvg} contentHash={contentHash} />
    </>
  )
}
