import type { Metadata } from 'next'
import { preload } from 'react-dom'
import { DocumentHeader } from '@/components/documents/document-header'
import { DocumentViewLoader } from '@/components/documents/document-view-loader'
import { LiveDocument } from '@/components/live/live-document'
import { can } from '@/lib/auth/roles'
import { requirePageActor } from '@/lib/auth/session'
import { documentViewUrl } from '@/lib/documents/document-view-url'
import { getDocumentHeader } from '@/lib/documents/get-document-header'
import { notFoundOnMissing } from '@/lib/http/not-found-on-missing'

type Params = Promise<{ workspaceId: string; documentId: string }>
type SearchParams = Promise<{ claim?: string | string[] }>

export const metadata: Metadata = { title: 'Document · Claimtrack' }

// The page itself is small: the header, and who may do what. The text, claims and
// comments load from the document's view (DocumentViewLoader), built once per change.
export default async function DocumentPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { workspaceId, documentId } = await params
  const { claim } = await searchParams
  const actor = await requirePageActor(`/w/${workspaceId}/documents/${documentId}`)
  const document = await notFoundOnMissing(getDocumentHeader({ actor, workspaceId, documentId }))
  const context = {
    workspaceId,
    documentId: document.id,
    currentUserId: actor.id,
    members: document.members,
    canEditClaims: can(document.role, 'claim.edit'),
    canReview: can(document.role, 'claim.review'),
    refreshKey: document.latestActivityId,
  }
  // The browser fetches the view while it loads the scripts that will ask for it.
  preload(documentViewUrl(context), { as: 'fetch', crossOrigin: 'anonymous' })
  return (
    <article>
      <DocumentHeader workspaceId={workspaceId} document={document} />
      <LiveDocument workspaceId={workspaceId} documentId={document.id} currentUserId={actor.id} sinceEventId={document.latestActivityId} />
      <DocumentViewLoader context={context} canEditText={can(document.role, 'document.edit')} initialClaimId={typeof claim === 'string' ? claim : null} />
    </article>
  )
}
