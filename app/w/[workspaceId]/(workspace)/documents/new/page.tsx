import type { Metadata } from 'next'
import { NewDocumentForm } from '@/components/documents/new-document-form'
import { RecentImports } from '@/components/documents/recent-imports'
import { Alert } from '@/components/ui/alert'
import { PageHeader } from '@/components/ui/card'
import { can } from '@/lib/auth/roles'
import { requirePageActor } from '@/lib/auth/session'
import { notFoundOnMissing } from '@/lib/http/not-found-on-missing'
import { findMyImportJobs } from '@/lib/jobs/import-jobs'
import { getWorkspaceById } from '@/lib/workspaces/get-workspace'

export const metadata: Metadata = { title: 'New document · Claimtrack' }

export default async function NewDocumentPage({ params, searchParams }: { params: Promise<{ workspaceId: string }>; searchParams: Promise<{ job?: string | string[] }> }) {
  const { workspaceId } = await params
  const { job } = await searchParams
  const actor = await requirePageActor(`/w/${workspaceId}/documents/new`)
  const workspace = await notFoundOnMissing(getWorkspaceById({ actor, workspaceId }))
  const jobs = await findMyImportJobs({ actor, workspaceId })
  return (
    <>
      <PageHeader title="New document" description="Paste the article as published. Its text is stored as revision 1 and never overwritten." />
      {can(workspace.role, 'document.create') ? (
        <NewDocumentForm workspaceId={workspace.id} resumeJobId={typeof job === 'string' ? job : undefined} />
      ) : (
        <Alert title="You cannot add documents here">Your role in this workspace is {workspace.role.toLowerCase()}. Ask an owner to make you an editor.</Alert>
      )}
      <RecentImports workspaceId={workspace.id} jobs={jobs} />
    </>
  )
}
