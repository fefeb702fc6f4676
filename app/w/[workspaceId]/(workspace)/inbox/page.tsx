import type { Metadata } from 'next'
import { InboxList } from '@/components/inbox/inbox-list'
import { EmptyState, PageHeader } from '@/components/ui/card'
import { requirePageActor } from '@/lib/auth/session'
import { notFoundOnMissing } from '@/lib/http/not-found-on-missing'
import { findNotifications } from '@/lib/notifications/find-notifications'

export const metadata: Metadata = { title: 'Inbox · Claimtrack' }

export default async function InboxPage({ params }: { params: Promise<{ workspaceId: string }> }) {
  const { workspaceId } = await params
  const actor = await requirePageActor(`/w/${workspaceId}/inbox`)
  const { notifications, unreadCount, nextCursor } = await notFoundOnMissing(findNotifications({ actor, workspaceId }))
  return (
    <>
      <PageHeader title="Inbox" description="Mentions, assignments, replies to your comments, and status changes on claims you rated." />
      {notifications.length === 0 ? (
        <EmptyState title="Nothing here yet">You will be told here when someone mentions you, assigns you a claim, replies to you, or a claim you rated changes status.</EmptyState>
      ) : (
        <InboxList workspaceId={workspaceId} first={{ items: notifications, nextCursor }} unreadCount={unreadCount} />
      )}
    </>
  )
}
