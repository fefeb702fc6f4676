'use client'
import { LoadMoreButton } from '@/components/ui/load-more-button'
import { usePagedList, type FirstPage } from '@/components/ui/use-paged-list'
import { ReportList, type ReportListRow } from './report-list'

// Published reports: the newest page as the server rendered it, older ones by "Load more".
export function PagedReportList({ workspaceId, first, canManageLinks, publicUrl }: { workspaceId: string; first: FirstPage<ReportListRow>; canManageLinks: boolean; publicUrl: string }) {
  const list = usePagedList({ url: `/api/workspaces/${workspaceId}/reports`, first, pick: (body: { reports: ReportListRow[]; nextCursor: string | null }) => body.reports })
  return (
    <div>
      <ReportList workspaceId={workspaceId} reports={list.items} canManageLinks={canManageLinks} publicUrl={publicUrl} />
      <LoadMoreButton {...list} onLoadMore={() => void list.loadMore()} noun="reports" hasLoadedMore={list.items.length > first.items.length} />
    </div>
  )
}
