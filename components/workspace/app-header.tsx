import Link from 'next/link'
import { SignOutButton } from '@/components/auth/sign-out-button'
import { Logo } from './logo'
import { WorkspaceSwitcher } from './workspace-switcher'

interface AppHeaderProps {
  workspaces: { id: string; name: string }[]
  currentWorkspaceId: string
  userLabel: string
}

export function AppHeader({ workspaces, currentWorkspaceId, userLabel }: AppHeaderProps) {
  const base = `/w/${currentWorkspaceId}`
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-6 py-3">
        <Logo />
        <WorkspaceSwitcher workspaces={workspaces} currentId={currentWorkspaceId} />
        <nav aria-label="Workspace" className="flex gap-1 text-sm">
          <Link href={base} className="rounded-md px-2 py-1 text-stone-700 hover:bg-stone-100">
            Documents
          </Link>
          <Link href={`${base}/members`} className="rounded-md px-2 py-1 text-stone-700 hover:bg-stone-100">
            Members
          </Link>
        </nav>
        <div className="ml-auto flex items-center gap-2 text-sm text-stone-600">
          <span data-testid="current-user">{userLabel}</span>
          <SignOutButton />
        </div>
      </div>
    </header>
  )
}
