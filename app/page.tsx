import { redirect } from 'next/navigation'
import { connection } from 'next/server'
import { requirePageActor } from '@/lib/auth/session'
import { findWorkspaces } from '@/lib/workspaces/find-workspaces'

// Home is the user's first workspace (their personal one).
export default async function HomePage() {
  // Not rendered at build time (it redirects, so LiveData has nothing to wrap).
  await connection()
  const actor = await requirePageActor('/')
  const [first] = await findWorkspaces({ actor })
  redirect(first ? `/w/${first.id}` : '/workspaces/new')
}
