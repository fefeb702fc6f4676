import { redirect } from 'next/navigation'
import { requirePageActor } from '@/lib/auth/session'
import { findWorkspaces } from '@/lib/workspaces/find-workspaces'

// Home is the user's first workspace (their personal one).
export default async function HomePage() {
  const actor = await requirePageActor('/')
  const [first] = await findWorkspaces({ actor })
  redirect(first ? `/w/${first.id}` : '/workspaces/new')
}
