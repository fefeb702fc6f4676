import type { Metadata } from 'next'
import Link from 'next/link'
import { ActivityList } from '@/components/activity/activity-list'
import { DocumentSubpageHeading } from '@/components/documents/document-subpage-heading'
import { EmptyState } from '@/components/ui/card'
import { findDocumentActivity } from '@/lib/activity/find-activity'
import { requirePageActor } from '@/lib/auth/session'
import { getDocumentById } from '@/lib/documents/get-document'
import { notFoundOnMissing } from '@/lib/http/not-found-on-missing'

type Params = Promise<{ workspaceId: string; documentId: string }>
type SearchParams = Promise<{ before?: string | string[] }>

export const metadata: Metadata = { title: 'Activity · Claimtrack' }

export default async function DocumentActivityPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { workspaceId, documentId } = await params
  const { before } = await searchParams
  const documentPath = `/w/${workspaceId}/documents/${documentId}`
  const actor = await requirePageActor(`${documentPath}/activity`)
  // A malformed ?before= shows the newest page rather than an error.
  const cursor = typeof before === 'string' && /^\d{1,19}$/.test(before) ? before : undefined
  const [document, page] = await notFoundOnMissing(Promise.all([getDocumentById({ actor, workspaceId, documentId }), findDocumentActivity({ actor, workspaceId, documentId, before: cursor })]))
  return (
    <article>
      <DocumentSubpageHeading documentPath={documentPath} documentTitle={document.title} title="Activity" />
      {page.events.length === 0 ? (
        <EmptyState title={cursor ? 'Nothing older' : 'No activity yet'}>
          {cursor ? <Link href={`${documentPath}/activity`} className="text-indigo-700 hover:underline">Back to the newest</Link> : 'Changes to this document and its claims will be listed here.'}
        </EmptyState>
      ) : (
        <div className="rounded-lg border border-stone-200 bg-white px-4 py-2">
          <ActivityList events={page.events} />
        </div>
      )}
      <div className="mt-4 flex gap-4 text-sm">
        {cursor && (
          <Link href={`${documentPath}/activity`} className="text-indigo-700 hover:underline">
            Newest
          </Link>
        )}
        {page.nextBefore && (
          <Link href={`${documentPath}/activity?before=${page.nextBefore}`} className="text-indigo-700 hover:underline">
            Load older
          </Link>
        )}
      </div>
    </article>
  )
}
