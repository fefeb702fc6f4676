'use client'
import { LoadMoreButton } from '@/components/ui/load-more-button'
import { usePagedList, type FirstPage } from '@/components/ui/use-paged-list'
import type { ActivityPage } from '@/lib/activity/find-activity'
import type { ActivityView } from '@/lib/activity/activity-view'
import { ActivityList } from './activity-list'

// A document's history as the server rendered its newest page, older pages appended by "Load more".
export function ActivityFeed({ url, first }: { url: string; first: FirstPage<ActivityView> }) {
  const list = usePagedList({ url, first, pick: (body: ActivityPage) => body.events })
  return (
    <>
      <ActivityList events={list.items} />
      <LoadMoreButton {...list} onLoadMore={() => void list.loadMore()} noun="changes" hasLoadedMore={list.items.length > first.items.length} />
    </>
  )
}
