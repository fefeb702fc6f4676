import Link from 'next/link'
import { formatDate } from '@/lib/text/format'

interface DocumentRow {
  id: string
  title: string
  author: string | null
  publisher: string | null
  publishedAt: Date | null
  createdAt: Date
  createdBy: { name: string | null; email: string }
}

export function DocumentList({ workspaceId, documents }: { workspaceId: string; documents: DocumentRow[] }) {
  return (
    <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white" aria-label="Documents">
      {documents.map((document) => (
        <li key={document.id}>
          <Link href={`/w/${workspaceId}/documents/${document.id}`} className="block px-4 py-3 hover:bg-stone-50 focus-visible:bg-stone-50">
            <p className="font-medium text-stone-900">{document.title}</p>
            <p className="mt-0.5 text-sm text-stone-600">
              {[document.author, document.publisher, formatDate(document.publishedAt)].filter(Boolean).join(' · ') || 'No byline'}
              <span className="text-stone-500"> — added {formatDate(document.createdAt)} by {document.createdBy.name ?? document.createdBy.email}</span>
            </p>
          </Link>
        </li>
      ))}
    </ul>
  )
}
