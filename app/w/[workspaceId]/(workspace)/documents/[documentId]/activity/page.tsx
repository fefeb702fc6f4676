import type { Metadata } from 'next'
import { ActivityFeed } from '@/components/activity/activity-feed'
import { DocumentSubpageHeading } from '@/components/documents/document-subpage-heading'
import { EmptyState } from '@/components/ui/card'
import { findDocumentActivity } from '@/lib/activity/find-activity'
import { requirePageActor } from '@/lib/auth/session'
import { getDocumentById } from '@/lib/documents/get-document'
import { notFoundOnMissing } from '@/lib/http/not-found-on-missing'

type Params = Promise<{ workspaceId: string; documentId: string }>

export const metadata: Metadata = { title: 'Activity · Claimtrack' }

// The newest page, and older ones appended in place by "Load more" (from the activity route).
export default async function DocumentActivityPage({ params }: { params: Params }) {
  const { workspaceId, documentId } = await params
  const documentPath = `/w/${workspaceId}/documents/${documentId}`
  const actor = await requirePageActor(`${documentPath}/activity`)
  const [document, page] = await notFoundOnMissing(Promise.all([getDocumentById({ actor, workspaceId, documentId }), findDocumentActivity({ actor, workspaceId, documentId })]))
  return (
    <article>
      <DocumentSubpageHeading documentPath={documentPath} documentTitle={document.title} title="Activity" />
      {page.events.length === 0 ? (
        <EmptyState title="No activity yet">Changes to this document and its claims will be listed here.</EmptyState>
      ) : (
        <div className="rounded-lg border border-stone-200 bg-white px-4 py-2">
          <ActivityFeed url={`/api/workspaces/${workspaceId}/documents/${documentId}/activity`} first={{ items: page.events, nextCursor: page.nextCursor }} />
        </div>
      )}
    </article>
  )
}
