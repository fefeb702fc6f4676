import Link from 'next/link'
import type { SearchHit } from '@/lib/search/describe-hits'
import { TYPE_LABELS } from './search-labels'

// One page of results: what each is, where it lives, and the snippet with the
// matching words marked. Snippets are parts, rendered as text: never as HTML.
export function SearchHitList({ hits }: { hits: SearchHit[] }) {
  return (
    <ol className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white" data-testid="search-results">
      {hits.map((hit) => (
        <li key={`${hit.type}:${hit.id}`} data-testid="search-hit">
          <Link href={hit.href} className="block px-4 py-3 hover:bg-stone-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-600">
            <div className="flex flex-wrap items-baseline gap-x-2 text-xs text-stone-500">
              <span className="rounded bg-stone-100 px-1.5 py-0.5 font-medium uppercase tracking-wide text-stone-700">{TYPE_LABELS[hit.type].one}</span>
              <span className="font-medium text-stone-800">{hit.title}</span>
              {hit.claim && (
                <span>
                  {hit.claim.status.toLowerCase().replace('_', ' ')}
                  {hit.claim.verdict && ` · ${hit.claim.verdict.toLowerCase().replaceAll('_', ' ')}`}
                </span>
              )}
              {hit.author && <span>· {hit.author}</span>}
              <time dateTime={hit.createdAt}>· {hit.createdAt.slice(0, 10)}</time>
            </div>
            <p className="mt-1 text-sm text-stone-700">
              {hit.snippet.map((part, index) =>
                part.isMatch ? (
                  <mark key={index} className="rounded-sm bg-amber-100 px-0.5 text-stone-900">
                    {part.text}
                  </mark>
                ) : (
                  <span key={index}>{part.text}</span>
                ),
              )}
            </p>
          </Link>
        </li>
      ))}
    </ol>
  )
}
