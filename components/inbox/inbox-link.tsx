import Link from 'next/link'

// The Inbox entry of the workspace navigation, with the unread count as a badge.
export function InboxLink({ workspaceId, unreadCount }: { workspaceId: string; unreadCount: number }) {
  const label = unreadCount === 0 ? 'Inbox' : `Inbox, ${unreadCount} unread`
  return (
    <Link href={`/w/${workspaceId}/inbox`} aria-label={label} className="inline-flex items-center gap-1.5 rounded-md px-2 py-1 text-stone-700 hover:bg-stone-100">
      Inbox
      {unreadCount > 0 && (
        <span data-testid="inbox-badge" aria-hidden="true" className="rounded-full bg-indigo-700 px-1.5 text-xs font-semibold text-white">
          {unreadCount > 99 ? '99+' : unreadCount}
        </span>
      )}
    </Link>
  )
}
