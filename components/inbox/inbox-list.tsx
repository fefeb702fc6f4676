'use client'
import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { LoadMoreButton } from '@/components/ui/load-more-button'
import { useApiAction } from '@/components/ui/use-api-action'
import { usePagedList, type FirstPage } from '@/components/ui/use-paged-list'
import { apiRequest } from '@/lib/http/api-client'
import type { InboxPage, NotificationView } from '@/lib/notifications/find-notifications'

const KIND_LABELS: Record<NotificationView['kind'], string> = {
  MENTION: 'Mention',
  ASSIGNMENT: 'Assignment',
  REPLY: 'Reply',
  STATUS_CHANGE: 'Status change',
  IMPORT_DONE: 'Import finished',
  IMPORT_FAILED: 'Import failed',
}

const FORMAT = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })

// The newest page as the server rendered it; "Load more" appends older ones. Marking
// all read refreshes the page, which starts the list again from the newest.
export function InboxList({ workspaceId, first, unreadCount }: { workspaceId: string; first: FirstPage<NotificationView>; unreadCount: number }) {
  const router = useRouter()
  const list = usePagedList({ url: `/api/workspaces/${encodeURIComponent(workspaceId)}/notifications`, first, pick: (body: InboxPage) => body.notifications })
  const notifications = list.items
  const { run, isPending, error } = useApiAction()
  const readUrl = `/api/workspaces/${encodeURIComponent(workspaceId)}/notifications/read`

  async function markAllRead() {
    const result = await run(() => apiRequest('POST', readUrl, { all: true }))
    if (result) router.refresh()
  }

  // Opening one marks it read; the navigation does not wait for that.
  function markRead(notification: NotificationView) {
    if (!notification.isRead) void apiRequest('POST', readUrl, { ids: [notification.id] }).catch(() => {})
  }

  return (
    <div className="space-y-3">
      <div className="flex items-center justify-between gap-4">
        <p className="text-sm text-stone-600" data-testid="inbox-unread">
          {unreadCount === 0 ? 'All read' : `${unreadCount} unread`}
        </p>
        <Button variant="secondary" onClick={markAllRead} disabled={isPending || unreadCount === 0}>
          Mark all read
        </Button>
      </div>
      {error && <Alert>{error}</Alert>}
      <ul className="divide-y divide-stone-200 overflow-hidden rounded-lg border border-stone-200 bg-white">
        {notifications.map((notification) => (
          <li key={notification.id} data-testid="inbox-item" data-unread={!notification.isRead} className={notification.isRead ? 'px-4 py-3' : 'border-l-4 border-indigo-600 bg-indigo-50/60 px-4 py-3'}>
            <p className="flex flex-wrap items-baseline gap-x-2 text-xs text-stone-500">
              <span className="font-medium text-stone-700">{KIND_LABELS[notification.kind]}</span>
              {!notification.isRead && <span className="sr-only">(unread)</span>}
              <time dateTime={notification.createdAt}>{FORMAT.format(new Date(notification.createdAt))} UTC</time>
            </p>
            <p className={`text-sm ${notification.isRead ? 'text-stone-700' : 'font-medium text-stone-900'}`}>
              {notification.href ? (
                <Link href={notification.href} onClick={() => markRead(notification)} className="hover:underline focus-visible:underline">
                  {notification.message}
                </Link>
              ) : (
                notification.message
              )}
            </p>
          </li>
        ))}
      </ul>
      <LoadMoreButton {...list} onLoadMore={() => void list.loadMore()} noun="notifications" hasLoadedMore={list.items.length > first.items.length} />
    </div>
  )
}
