import type { Metadata } from 'next'
import { DocumentWorkspace } from '@/components/claims/document-workspace'
import { DocumentHeader } from '@/components/documents/document-header'
import { LiveDocument } from '@/components/live/live-document'
import { getLatestDocumentActivityId } from '@/lib/activity/find-activity'
import { can } from '@/lib/auth/roles'
import { requirePageActor } from '@/lib/auth/session'
import { findClaims } from '@/lib/claims/find-claims'
import { findComments } from '@/lib/comments/find-comments'
import { getDocumentForReading } from '@/lib/documents/get-document'
import { notFoundOnMissing } from '@/lib/http/not-found-on-missing'
import { findMembers } from '@/lib/members/find-members'

type Params = Promise<{ workspaceId: string; documentId: string }>
type SearchParams = Promise<{ claim?: string | string[] }>

export const metadata: Metadata = { title: 'Document · Claimtrack' }

export default async function DocumentPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { workspaceId, documentId } = await params
  const { claim } = await searchParams
  const actor = await requirePageActor(`/w/${workspaceId}/documents/${documentId}`)
  const input = { actor, workspaceId, documentId }
  // The activity id first: anything committed after it reaches the page live.
  const latestActivityId = await notFoundOnMissing(getLatestDocumentActivityId(input))
  const [document, claims, comments, { members }] = await notFoundOnMissing(Promise.all([getDocumentForReading(input), findClaims(input), findComments(input), findMembers({ actor, workspaceId })]))
  const context = {
    workspaceId,
    documentId: document.id,
    currentUserId: actor.id,
    members: members.map(({ user }) => user),
    canEditClaims: can(document.role, 'claim.edit'),
    canReview: can(document.role, 'claim.review'),
    refreshKey: latestActivityId,
  }
  return (
    <article>
      <DocumentHeader workspaceId={workspaceId} document={document} />
      <LiveDocument workspaceId={workspaceId} documentId={document.id} currentUserId={actor.id} sinceEventId={latestActivityId} />
      <DocumentWorkspace
        workspaceId={workspaceId}
        documentId={document.id}
        revisionNumber={document.revision.number}
        content={document.reader.content}
        lineStarts={document.reader.lineStarts}
        claims={claims}
        comments={comments}
        context={context}
        canEditText={can(document.role, 'document.edit')}
        initialClaimId={typeof claim === 'string' ? claim : null}
      />
    </article>
  )
}
