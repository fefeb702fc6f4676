import type { Metadata } from 'next'
import { DocumentList } from '@/components/documents/document-list'
import { ButtonLink } from '@/components/ui/button'
import { EmptyState, PageHeader } from '@/components/ui/card'
import { can } from '@/lib/auth/roles'
import { requirePageActor } from '@/lib/auth/session'
import { findDocuments } from '@/lib/documents/find-documents'
import { notFoundOnMissing } from '@/lib/http/not-found-on-missing'
import { getWorkspaceById } from '@/lib/workspaces/get-workspace'

export const metadata: Metadata = { title: 'Documents · Claimtrack' }

export default async function WorkspaceDocumentsPage({ params }: { params: Promise<{ workspaceId: string }> }) {
  const { workspaceId } = await params
  const actor = await requirePageActor(`/w/${workspaceId}`)
  const [workspace, documents] = await notFoundOnMissing(Promise.all([getWorkspaceById({ actor, workspaceId }), findDocuments({ actor, workspaceId })]))
  const canCreate = can(workspace.role, 'document.create')
  const newDocument = canCreate ? <ButtonLink href={`/w/${workspace.id}/documents/new`}>New document</ButtonLink> : null
  return (
    <>
      <PageHeader title={workspace.name} description={`${documents.length} document${documents.length === 1 ? '' : 's'} · you are ${workspace.role.toLowerCase()}`} actions={newDocument} />
      {documents.length === 0 ? (
        <EmptyState title="No documents yet" action={newDocument}>
          {canCreate ? 'Paste an article to start fact-checking it with your team.' : 'An editor or owner of this workspace can add the first article.'}
        </EmptyState>
      ) : (
        <DocumentList workspaceId={workspace.id} documents={documents} />
      )}
    </>
  )
}
