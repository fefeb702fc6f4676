import Link from 'next/link'
import { formatDate } from '@/lib/text/format'
import { describeRevisionSource, personName } from './revision-source'

interface BannerRevision {
  number: number
  source: string
  baseNumber: number | null
  createdAt: Date
  createdBy: { name: string | null; email: string }
}

// Says plainly that this is a past (or the current) text, read only, and where the live one is.
export function RevisionBanner({ documentPath, title, revision, latestNumber }: { documentPath: string; title: string; revision: BannerRevision; latestNumber: number }) {
  return (
    <div>
      <nav aria-label="Breadcrumb" className="mb-4 flex gap-4 text-sm">
        <Link href={documentPath} className="text-indigo-700 hover:underline">
          ← {title}
        </Link>
        <Link href={`${documentPath}/revisions`} className="text-indigo-700 hover:underline">
          Revision history
        </Link>
      </nav>
      <h1 className="font-serif text-3xl font-semibold leading-tight text-stone-900">{title}</h1>
      <p role="status" data-testid="revision-banner" className="mt-3 mb-6 rounded-md border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900">
        You are viewing revision {revision.number} of {latestNumber}, made {formatDate(revision.createdAt)} by {personName(revision.createdBy)} ({describeRevisionSource(revision)}) — read only.{' '}
        <Link href={documentPath} className="font-medium text-indigo-700 underline">
          Go to the current document
        </Link>
      </p>
    </div>
  )
}
