import type { ReactNode } from 'react'
import { formatDate } from '@/lib/text/format'
import { EXTERNAL_LINK, safeHref } from './safe-href'
import { reliabilityLabel, SOURCE_TYPE_LABELS } from './source-labels'
import type { SourceSummary } from './types'

// What the library knows of a source, for the top of its page.
export function SourceDetails({ source }: { source: SourceSummary & { evidenceCount: number; createdAt: Date | string } }) {
  const href = safeHref(source.url)
  const archive = safeHref(source.archiveUrl)
  const rows: [string, ReactNode][] = [
    [
      'Link',
      href ? (
        <a href={href} {...EXTERNAL_LINK} className="break-all text-indigo-800 underline-offset-2 hover:underline">
          {source.url}
        </a>
      ) : (
        <span className="text-stone-600">None: an uploaded file</span>
      ),
    ],
    ['Publisher', source.publisher],
    ['Author', source.author],
    ['Published', source.publishedAt && formatDate(source.publishedAt)],
    ['Type', SOURCE_TYPE_LABELS[source.type]],
    ['Reliability', [reliabilityLabel(source.reliability), source.reliabilityNote].filter(Boolean).join(' — ')],
    ['Cited', `${source.evidenceCount} ${source.evidenceCount === 1 ? 'time' : 'times'} as evidence`],
    ['Added', formatDate(source.createdAt)],
    [
      'Archive',
      archive && (
        <a href={archive} {...EXTERNAL_LINK} className="break-all text-indigo-800 underline-offset-2 hover:underline">
          {source.archiveUrl}
        </a>
      ),
    ],
  ]
  return (
    <dl className="grid grid-cols-[5.5rem_minmax(0,1fr)] gap-x-4 gap-y-1.5 rounded-lg border border-stone-200 bg-white p-4 text-sm">
      {rows
        .filter(([, value]) => value)
        .map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium text-stone-600">{label}</dt>
            <dd className="text-stone-900">{value}</dd>
          </div>
        ))}
    </dl>
  )
}
