import Link from 'next/link'
import { formatDate } from '@/lib/text/format'
import { describeRevisionSource, personName } from './revision-source'

interface RevisionRow {
  id: string
  number: number
  source: string
  baseNumber: number | null
  createdAt: Date
  createdBy: { name: string | null; email: string }
  characters: number
}

const COUNT = new Intl.NumberFormat('en-GB')

// Newest first. Each revision opens read only; "Changes" shows its diff on this page.
export function RevisionList({ basePath, revisions, selectedNumber }: { basePath: string; revisions: RevisionRow[]; selectedNumber: number | null }) {
  return (
    <ol aria-label="Revisions" className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
      {revisions.map((revision) => {
        const isSelected = revision.number === selectedNumber
        return (
          <li key={revision.id} data-testid="revision-item" aria-current={isSelected ? 'true' : undefined} className={`px-4 py-3 ${isSelected ? 'bg-indigo-50' : ''}`}>
            <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
              <p className="font-medium text-stone-900">Revision {revision.number}</p>
              <p className="flex gap-3 text-sm">
                <Link href={`${basePath}/${revision.number}`} className="text-indigo-700 hover:underline" aria-label={`Open revision ${revision.number}, read only`}>
                  Open
                </Link>
                {revision.number > 1 && !isSelected && (
                  <Link href={`${basePath}?compare=${revision.number}`} className="text-indigo-700 hover:underline" aria-label={`Show changes in revision ${revision.number}`}>
                    Changes
                  </Link>
                )}
              </p>
            </div>
            <p className="mt-0.5 text-sm text-stone-600">
              {formatDate(revision.createdAt)} by {personName(revision.createdBy)}, {describeRevisionSource(revision)}
              <span className="text-stone-500"> · {COUNT.format(revision.characters)} characters</span>
            </p>
          </li>
        )
      })}
    </ol>
  )
}
