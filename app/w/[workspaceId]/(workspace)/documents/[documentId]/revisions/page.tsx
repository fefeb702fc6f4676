import type { Metadata } from 'next'
import Link from 'next/link'
import { DocumentSubpageHeading } from '@/components/documents/document-subpage-heading'
import { EmptyState } from '@/components/ui/card'
import { RevisionDiff } from '@/components/revisions/revision-diff'
import { RevisionList } from '@/components/revisions/revision-list'
import { requirePageActor } from '@/lib/auth/session'
import { diffRevisions } from '@/lib/documents/diff-revisions'
import { findRevisions } from '@/lib/documents/find-revisions'
import { getDocumentById } from '@/lib/documents/get-document'
import { notFoundOnMissing } from '@/lib/http/not-found-on-missing'

type Params = Promise<{ workspaceId: string; documentId: string }>
type SearchParams = Promise<{ compare?: string | string[] }>

export const metadata: Metadata = { title: 'Revision history · Claimtrack' }

export default async function RevisionsPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { workspaceId, documentId } = await params
  const { compare } = await searchParams
  const documentPath = `/w/${workspaceId}/documents/${documentId}`
  const actor = await requirePageActor(`${documentPath}/revisions`)
  const [document, revisions] = await notFoundOnMissing(Promise.all([getDocumentById({ actor, workspaceId, documentId }), findRevisions({ actor, workspaceId, documentId })]))
  // An unknown ?compare= falls back to the latest revision rather than failing.
  const selected = revisions.find((revision) => String(revision.number) === compare) ?? revisions[0]!
  const diff = selected.number > 1 ? await notFoundOnMissing(diffRevisions({ actor, workspaceId, documentId, number: selected.number })) : null
  return (
    <article>
      <DocumentSubpageHeading documentPath={documentPath} documentTitle={document.title} title="Revision history" />
      {revisions.length === 1 ? (
        <EmptyState title="No edits yet — this is the text as imported">
          <Link href={`${documentPath}/revisions/1`} className="text-indigo-700 hover:underline">
            Open revision 1
          </Link>
        </EmptyState>
      ) : (
        <div className="grid gap-8 lg:grid-cols-[20rem_minmax(0,1fr)]">
          <RevisionList basePath={`${documentPath}/revisions`} revisions={revisions} selectedNumber={selected.number} />
          {diff?.previousNumber ? (
            <RevisionDiff number={diff.number} previousNumber={diff.previousNumber} parts={diff.parts} summary={diff.summary} />
          ) : (
            <p className="rounded-lg border border-dashed border-stone-300 bg-white px-4 py-6 text-center text-sm text-stone-600">Revision {selected.number} is the text as imported: there is nothing before it to compare.</p>
          )}
        </div>
      )}
    </article>
  )
}
