import type { ReactNode } from 'react'
import { LiveData } from '@/components/ui/live-data'
import { AppHeader } from '@/components/workspace/app-header'
import { requirePageActor } from '@/lib/auth/session'
import { notFoundOnMissing } from '@/lib/http/not-found-on-missing'
import { findAppHeader } from '@/lib/workspaces/find-app-header'

export default function WorkspaceLayout(props: { children: ReactNode; params: Promise<{ workspaceId: string }> }) {
  return (
    <LiveData>
      <Workspace {...props} />
    </LiveData>
  )
}

async function Workspace({ children, params }: { children: ReactNode; params: Promise<{ workspaceId: string }> }) {
  const { workspaceId } = await params
  const actor = await requirePageActor(`/w/${workspaceId}`)
  const { workspaces, unreadCount } = await notFoundOnMissing(findAppHeader({ actor, workspaceId }))
  return (
    <>
      <AppHeader workspaces={workspaces} currentWorkspaceId={workspaceId} userLabel={actor.name ?? actor.email} unreadCount={unreadCount} isEmailVerified={actor.isEmailVerified !== false} />
      <main className="mx-auto max-w-6xl px-6 py-8">{children}</main>
    </>
  )
}
