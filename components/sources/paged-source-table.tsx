'use client'
import { LoadMoreButton } from '@/components/ui/load-more-button'
import { usePagedList, type FirstPage } from '@/components/ui/use-paged-list'
import { SourceTable } from './source-table'
import type { SourceSummary } from './types'

interface PagedSourceTableProps {
  workspaceId: string
  // The search the page shows (?q=), carried to the next pages.
  query: string
  first: FirstPage<SourceSummary>
  canReview: boolean
  canEdit: boolean
}

// The library's first page as the server rendered it; "Load more" appends the next.
export function PagedSourceTable({ workspaceId, query, first, ...permissions }: PagedSourceTableProps) {
  const url = `/api/workspaces/${workspaceId}/sources${query ? `?q=${encodeURIComponent(query)}` : ''}`
  const list = usePagedList({ url, first, pick: (body: { sources: SourceSummary[]; nextCursor: string | null }) => body.sources })
  return (
    <div>
      <SourceTable workspaceId={workspaceId} sources={list.items} {...permissions} />
      <LoadMoreButton {...list} onLoadMore={() => void list.loadMore()} noun="sources" hasLoadedMore={list.items.length > first.items.length} />
    </div>
  )
}
