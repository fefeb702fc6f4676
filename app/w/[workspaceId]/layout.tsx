import type { ReactNode } from 'react'
import { AppHeader } from '@/components/workspace/app-header'
import { requirePageActor } from '@/lib/auth/session'
import { notFoundOnMissing } from '@/lib/http/not-found-on-missing'
import { countUnreadNotifications } from '@/lib/notifications/find-notifications'
import { findWorkspaces } from '@/lib/workspaces/find-workspaces'
import { getWorkspaceById } from '@/lib/workspaces/get-workspace'

export default async function WorkspaceLayout({ children, params }: { children: ReactNode; params: Promise<{ workspaceId: string }> }) {
  const { workspaceId } = await params
  const actor = await requirePageActor(`/w/${workspaceId}`)
  const [workspace, workspaces, unreadCount] = await Promise.all([
    notFoundOnMissing(getWorkspaceById({ actor, workspaceId })),
    findWorkspaces({ actor }),
    // A workspace that is not found renders the 404 page through the line above.
    countUnreadNotifications({ actor, workspaceId }).catch(() => 0),
  ])
  return (
    <>
      <AppHeader workspaces={workspaces} currentWorkspaceId={workspace.id} userLabel={actor.name ?? actor.email} unreadCount={unreadCount} />
      <main className="mx-auto max-w-6xl px-6 py-8">{children}</main>
    </>
  )
}
