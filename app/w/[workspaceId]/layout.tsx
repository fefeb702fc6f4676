import Link from 'next/link'
import type { ReactNode } from 'react'
import { InboxLink } from '@/components/inbox/inbox-link'
import { AppHeader } from '@/components/workspace/app-header'
import { requirePageActor } from '@/lib/auth/session'
import { notFoundOnMissing } from '@/lib/http/not-found-on-missing'
import { countUnreadNotifications } from '@/lib/notifications/find-notifications'
import { findWorkspaces } from '@/lib/workspaces/find-workspaces'
import { getWorkspaceById } from '@/lib/workspaces/get-workspace'

const NAV_LINK = 'rounded-md px-2 py-1 text-stone-700 hover:bg-stone-100'

export default async function WorkspaceLayout({ children, params }: { children: ReactNode; params: Promise<{ workspaceId: string }> }) {
  const { workspaceId } = await params
  const actor = await requirePageActor(`/w/${workspaceId}`)
  const [workspace, workspaces, unreadCount] = await Promise.all([
    notFoundOnMissing(getWorkspaceById({ actor, workspaceId })),
    findWorkspaces({ actor }),
    // A workspace that is not found renders the 404 page through the line above.
    countUnreadNotifications({ actor, workspaceId }).catch(() => 0),
  ])
  const base = `/w/${workspace.id}`
  return (
    <>
      <AppHeader workspaces={workspaces} currentWorkspaceId={workspace.id} userLabel={actor.name ?? actor.email} />
      <div className="border-b border-stone-200 bg-stone-50">
        <nav aria-label="Review" className="mx-auto flex max-w-6xl gap-1 px-6 py-1.5 text-sm">
          <Link href={`${base}/queue`} className={NAV_LINK}>
            Queue
          </Link>
          <Link href={`${base}/sources`} className={NAV_LINK}>
            Sources
          </Link>
          <InboxLink workspaceId={workspace.id} unreadCount={unreadCount} />
        </nav>
      </div>
      <main className="mx-auto max-w-6xl px-6 py-8">{children}</main>
    </>
  )
}
