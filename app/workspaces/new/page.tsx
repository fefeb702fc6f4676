import type { Metadata } from 'next'
import { NewWorkspaceForm } from '@/components/workspace/new-workspace-form'
import { LiveData } from '@/components/ui/live-data'
import { Logo } from '@/components/workspace/logo'
import { requirePageActor } from '@/lib/auth/session'

export const metadata: Metadata = { title: 'New workspace · Claimtrack' }

export default async function NewWorkspacePage() {
  await requirePageActor('/workspaces/new')
  return (
    <LiveData>
      <main className="mx-auto max-w-md px-6 py-12">
      <Logo />
      <h1 className="mb-1 mt-8 text-2xl font-semibold">New workspace</h1>
      <p className="mb-6 text-sm text-stone-600">A workspace holds a team&apos;s documents, sources and reviews. You will be its owner.</p>
      <NewWorkspaceForm />
      </main>
    </LiveData>
  )
}
