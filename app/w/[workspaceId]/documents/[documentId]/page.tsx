import type { Metadata } from 'next'
import { DocumentWorkspace } from '@/components/claims/document-workspace'
import { DocumentHeader } from '@/components/documents/document-header'
import { can } from '@/lib/auth/roles'
import { requirePageActor } from '@/lib/auth/session'
import { findClaims } from '@/lib/claims/find-claims'
import { findComments } from '@/lib/comments/find-comments'
import { getDocumentById } from '@/lib/documents/get-document'
import { notFoundOnMissing } from '@/lib/http/not-found-on-missing'

type Params = Promise<{ workspaceId: string; documentId: string }>

export const metadata: Metadata = { title: 'Document · Claimtrack' }

export default async function DocumentPage({ params }: { params: Params }) {
  const { workspaceId, documentId } = await params
  const actor = await requirePageActor(`/w/${workspaceId}/documents/${documentId}`)
  const input = { actor, workspaceId, documentId }
  const [document, claims, comments] = await notFoundOnMissing(Promise.all([getDocumentById(input), findClaims(input), findComments(input)]))
  return (
    <article>
      <DocumentHeader workspaceId={workspaceId} document={document} />
      <DocumentWorkspace
        workspaceId={workspaceId}
        documentId={document.id}
        revisionNumber={document.revision.number}
        content={document.reader.content}
        lineStarts={document.reader.lineStarts}
        claims={claims}
        comments={comments}
        canEditClaims={can(document.role, 'claim.edit')}
        canEditText={can(document.role, 'document.edit')}
        canComment={can(document.role, 'claim.review')}
      />
    </article>
  )
}
