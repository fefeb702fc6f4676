import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { RevisionBanner } from '@/components/revisions/revision-banner'
import { RevisionReader } from '@/components/revisions/revision-reader'
import { requirePageActor } from '@/lib/auth/session'
import { getRevision } from '@/lib/documents/get-revision'
import { notFoundOnMissing } from '@/lib/http/not-found-on-missing'

type Params = Promise<{ workspaceId: string; documentId: string; number: string }>

export const metadata: Metadata = { title: 'Revision · Claimtrack' }

export default async function RevisionPage({ params }: { params: Params }) {
  const { workspaceId, documentId, number } = await params
  const documentPath = `/w/${workspaceId}/documents/${documentId}`
  const actor = await requirePageActor(`${documentPath}/revisions/${number}`)
  // A path segment that is not a revision number names no page.
  if (!/^[1-9]\d{0,8}$/.test(number)) notFound()
  const { document, revision, reader, latestNumber, claims, comments } = await notFoundOnMissing(getRevision({ actor, workspaceId, documentId, number }))
  return (
    <article>
      <RevisionBanner documentPath={documentPath} title={document.title} revision={revision} latestNumber={latestNumber} />
      <RevisionReader content={reader.content} lineStarts={reader.lineStarts} claims={claims} comments={comments} />
    </article>
  )
}
