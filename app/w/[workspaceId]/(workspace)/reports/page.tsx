import type { Metadata } from 'next'
import { ReportBuilder } from '@/components/reports/report-builder'
import { PagedReportList } from '@/components/reports/paged-report-list'
import { EmptyState, PageHeader } from '@/components/ui/card'
import { can } from '@/lib/auth/roles'
import { requirePageActor } from '@/lib/auth/session'
import { notFoundOnMissing } from '@/lib/http/not-found-on-missing'
import { findReportableDocuments, findReports } from '@/lib/reports/find-reports'
import { filterIdFromQuery } from '@/lib/reports/report-filter-schemas'
import { findReportFilters } from '@/lib/reports/report-filters'
import { reportChoicesFromQuery } from '@/lib/reports/schemas'
import { getWorkspaceById } from '@/lib/workspaces/get-workspace'
import { publicBaseUrl } from '@/lib/http/public-url'

export const metadata: Metadata = { title: 'Reports · Claimtrack' }

interface ReportsPageProps {
  params: Promise<{ workspaceId: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export default async function ReportsPage({ params, searchParams }: ReportsPageProps) {
  const { workspaceId } = await params
  const actor = await requirePageActor(`/w/${workspaceId}/reports`)
  const [workspace, documents, { reports, nextCursor }, { filters }] = await notFoundOnMissing(
    Promise.all([getWorkspaceById({ actor, workspaceId }), findReportableDocuments({ actor, workspaceId }), findReports({ actor, workspaceId }), findReportFilters({ actor, workspaceId })]),
  )
  const canPublish = can(workspace.role, 'report.publish')
  // Coming back from a preview keeps the documents chosen there.
  const query = await searchParams
  const { documentIds } = reportChoicesFromQuery(query)
  return (
    <>
      <PageHeader title="Reports" description="Verified claim reports a reader can audit: every verdict with its evidence and sources, a SHA-256 to tell versions apart." />
      <div className="space-y-8">
        {documents.length > 0 ? (
          <ReportBuilder workspaceId={workspace.id} documents={documents} canPublish={canPublish} initialDocumentIds={documentIds} filters={filters} initialFilterId={filterIdFromQuery(query)} />
        ) : (
          <EmptyState title="No documents yet">Import an article first; its checked claims become the report.</EmptyState>
        )}
        <section className="space-y-3">
          <h2 className="text-lg font-semibold text-stone-900">Published reports</h2>
          {reports.length > 0 ? (
            <PagedReportList workspaceId={workspace.id} first={{ items: reports, nextCursor }} canManageLinks={canPublish} publicUrl={publicBaseUrl()} />
          ) : (
            <EmptyState title="Nothing published yet">
              {canPublish ? 'Publish a report to freeze it with its hash and share it with a public link.' : 'Editors publish reports; they will be listed here.'}
            </EmptyState>
          )}
        </section>
      </div>
    </>
  )
}
