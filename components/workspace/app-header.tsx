import Link from 'next/link'
import { SignOutButton } from '@/components/auth/sign-out-button'
import { InboxLink } from '@/components/inbox/inbox-link'
import { UnverifiedNotice } from '@/components/account/unverified-notice'
import { HeaderSearch } from '@/components/search/header-search'
import { Logo } from './logo'
import { WorkspaceSwitcher } from './workspace-switcher'

interface AppHeaderProps {
  workspaces: { id: string; name: string }[]
  currentWorkspaceId: string
  userLabel: string
  unreadCount: number
  isEmailVerified: boolean
}

const NAV_LINK = 'rounded-md px-2 py-1 text-stone-700 hover:bg-stone-100'

export function AppHeader({ workspaces, currentWorkspaceId, userLabel, unreadCount, isEmailVerified }: AppHeaderProps) {
  const base = `/w/${currentWorkspaceId}`
  const links = [
    ['Documents', base],
    ['Queue', `${base}/queue`],
    ['Sources', `${base}/sources`],
    ['Reports', `${base}/reports`],
    ['External checks', `${base}/external-checks`],
    ['Members', `${base}/members`],
    ['Settings', `${base}/settings`],
  ] as const
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-6 pt-3">
        <Logo />
        <WorkspaceSwitcher workspaces={workspaces} currentId={currentWorkspaceId} />
        <HeaderSearch workspaceId={currentWorkspaceId} />
        <div className="ml-auto flex items-center gap-2 text-sm text-stone-600">
          <InboxLink workspaceId={currentWorkspaceId} unreadCount={unreadCount} />
          <Link href="/account" data-testid="current-user" className={NAV_LINK} title="Your account">
            {userLabel}
          </Link>
          <SignOutButton />
        </div>
      </div>
      <nav aria-label="Workspace" className="mx-auto flex max-w-6xl flex-wrap gap-1 px-4 py-2 text-sm">
        {links.map(([label, href]) => (
          <Link key={label} href={href} className={NAV_LINK}>
            {label}
          </Link>
        ))}
      </nav>
      {!isEmailVerified && <UnverifiedNotice />}
    </header>
  )
}
