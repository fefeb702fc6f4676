import type { Metadata } from 'next'
import Link from 'next/link'
import { ReportExportLinks } from '@/components/reports/report-builder-exports'
import { ReportView } from '@/components/reports/report-view'
import { ShareControls } from '@/components/reports/share-controls'
import { PageHeader } from '@/components/ui/card'
import { requirePageActor } from '@/lib/auth/session'
import { notFoundOnMissing } from '@/lib/http/not-found-on-missing'
import { publicBaseUrl } from '@/lib/http/public-url'
import { getReport } from '@/lib/reports/find-reports'
import { formatDate } from '@/lib/text/format'
import { tryRenderVerdictChartSvg } from '@/lib/reports/verdict-chart-svg'

export const metadata: Metadata = { title: 'Report · Claimtrack' }

// A published report as members see it: the frozen snapshot, its exports and its public link.
export default async function PublishedReportPage({ params }: { params: Promise<{ workspaceId: string; reportId: string }> }) {
  const { workspaceId, reportId } = await params
  const actor = await requirePageActor(`/w/${workspaceId}/reports/${reportId}`)
  const report = await notFoundOnMissing(getReport({ actor, workspaceId, reportId }))
  const chartSvg = await tryRenderVerdictChartSvg(report.snapshot.summary)
  return (
    <>
      <PageHeader
        title={report.title}
        description={`Published ${formatDate(report.createdAt)} by ${report.createdBy}. Frozen: later reviews do not change it.`}
        actions={
          <Link href={`/w/${workspaceId}/reports`} className="text-sm font-medium text-indigo-700 hover:underline">
            All reports
          </Link>
        }
      />
      <div className="mb-6 space-y-4 rounded-lg border border-stone-200 bg-white p-4">
        <ReportExportLinks href={`/api/workspaces/${workspaceId}/reports/${report.id}/export`} />
        <ShareControls workspaceId={workspaceId} reportId={report.id} share={report.share} canManage={report.canPublish} publicUrl={publicBaseUrl()} />
      </div>
      <ReportView report={report.snapshot} chartSvg={chartSvg} contentHash={report.contentHash} />
    </>
  )
}
