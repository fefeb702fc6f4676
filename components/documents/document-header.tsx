import Link from 'next/link'
import { safeHref } from '@/components/sources/safe-href'
import type { DocumentHeaderView } from '@/lib/documents/get-document-header'
import { formatDate } from '@/lib/text/format'

type HeaderDocument = Omit<DocumentHeaderView, 'latestActivityId' | 'members'>

// Title, byline and provenance of the revision on screen.
export function DocumentHeader({ workspaceId, document }: { workspaceId: string; document: HeaderDocument }) {
  const { revision } = document
  const byline = [document.author, document.publisher, formatDate(document.publishedAt)].filter(Boolean).join(' · ')
  return (
    <div>
      <nav aria-label="Breadcrumb" className="mb-4 text-sm">
        <Link href={`/w/${workspaceId}`} className="text-indigo-700 hover:underline">
          ← Documents
        </Link>
      </nav>
      <header className="mb-6 border-b border-stone-200 pb-4">
        <h1 className="font-serif text-3xl font-semibold leading-tight text-stone-900">{document.title}</h1>
        {byline && <p className="mt-2 text-sm text-stone-600">{byline}</p>}
        <dl className="mt-3 flex flex-wrap gap-x-6 gap-y-1 text-xs text-stone-500">
          <div>
            <dt className="inline">Revision </dt>
            <dd className="inline">
              {revision.number} of {document.revisionCount}, {formatDate(revision.createdAt)} by {revision.createdBy.name ?? revision.createdBy.email}
            </dd>{' '}
            <dd className="inline">
              ·{' '}
              <Link href={`/w/${workspaceId}/documents/${document.id}/revisions`} className="text-indigo-700 hover:underline">
                History
              </Link>{' '}
              ·{' '}
              <Link href={`/w/${workspaceId}/documents/${document.id}/activity`} className="text-indigo-700 hover:underline">
                Activity
              </Link>
            </dd>
          </div>
          <div>
            <dt className="inline">SHA-256 </dt>
            <dd className="inline font-mono" title={revision.contentHash}>
              {revision.contentHash.slice(0, 12)}…
            </dd>
          </div>
          {safeHref(document.sourceUrl) && (
            <div>
              <dt className="sr-only">Source</dt>
              <dd>
                <a href={safeHref(document.sourceUrl)} rel="noopener noreferrer nofollow" target="_blank" className="text-indigo-700 hover:underline">
                  Original source ↗
                </a>
              </dd>
            </div>
          )}
        </dl>
      </header>
    </div>
  )
}
