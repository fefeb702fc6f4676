'use client'
import Link from 'next/link'
import { Fragment, useState } from 'react'
import { formatDate } from '@/lib/text/format'
import { EditSourceForm } from './edit-source-form'
import { EXTERNAL_LINK, safeHref } from './safe-href'
import { reliabilityLabel, SOURCE_TYPE_LABELS } from './source-labels'
import { SourceRowActions } from './source-row-actions'
import type { SourceSummary } from './types'

interface SourceTableProps {
  workspaceId: string
  sources: SourceSummary[]
  canReview: boolean
  canEdit: boolean
}

export function SourceTable({ workspaceId, sources, canReview, canEdit }: SourceTableProps) {
  const [editingId, setEditingId] = useState<string | null>(null)
  const hasActions = canReview || canEdit
  return (
    <div className="h-fit overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table className="w-full text-sm">
        <caption className="sr-only">Sources in the library</caption>
        <thead className="bg-stone-100 text-left text-xs uppercase tracking-wide text-stone-600">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">Source</th>
            <th scope="col" className="px-4 py-2 font-medium">Type</th>
            <th scope="col" className="px-4 py-2 font-medium">Reliability</th>
            <th scope="col" className="px-4 py-2 text-right font-medium">Cited</th>
            {hasActions && (
              <th scope="col" className="px-4 py-2 font-medium">
                <span className="sr-only">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200">
          {sources.map((source) => {
            const href = safeHref(source.url)
            const archive = safeHref(source.archiveUrl)
            const isRetracted = source.retractedAt != null
            return (
              <Fragment key={source.id}>
                <tr data-testid="source-row" className={isRetracted ? 'bg-red-50/50' : undefined}>
                  <td className="max-w-md px-4 py-2 align-top">
                    <p className="font-medium">
                      <Link href={`/w/${workspaceId}/sources/${source.id}`} className="text-indigo-800 underline-offset-2 hover:underline">
                        {source.title}
                      </Link>
                      {isRetracted && <span className="ml-2 rounded bg-red-100 px-1.5 py-0.5 text-xs font-bold tracking-wide text-red-800">RETRACTED</span>}
                    </p>
                    <p className="text-stone-600">
                      {[source.publisher, source.author, source.publishedAt && formatDate(source.publishedAt)].filter(Boolean).join(' · ')}
                    </p>
                    {href ? (
                      <a href={href} {...EXTERNAL_LINK} className="block truncate text-xs text-stone-500 underline-offset-2 hover:underline">
                        {source.url}
                      </a>
                    ) : (
                      <p className="text-xs italic text-stone-500">uploaded file</p>
                    )}
                    {archive && (
                      <a href={archive} {...EXTERNAL_LINK} className="text-xs text-indigo-700 underline">
                        archived copy
                      </a>
                    )}
                    {isRetracted && source.retractionNote && <p className="mt-1 text-xs text-red-800">Retracted {formatDate(source.retractedAt)}: {source.retractionNote}</p>}
                  </td>
                  <td className="px-4 py-2 align-top">{SOURCE_TYPE_LABELS[source.type]}</td>
                  <td className="px-4 py-2 align-top">
                    {reliabilityLabel(source.reliability)}
                    {source.reliabilityNote && <p className="text-xs text-stone-500">{source.reliabilityNote}</p>}
                  </td>
                  <td className="px-4 py-2 text-right align-top tabular-nums" data-testid="source-evidence-count">
                    {source.evidenceCount ?? 0}
                  </td>
                  {hasActions && (
                    <td className="px-4 py-2 align-top">
                      <SourceRowActions workspaceId={workspaceId} source={source} canReview={canReview} canEdit={canEdit} isEditing={editingId === source.id} onEdit={() => setEditingId(source.id)} />
                    </td>
                  )}
                </tr>
                {editingId === source.id && (
                  <tr>
                    <td colSpan={hasActions ? 5 : 4} className="bg-stone-50 px-4 py-3">
                      <EditSourceForm workspaceId={workspaceId} source={source} onDone={() => setEditingId(null)} />
                    </td>
                  </tr>
                )}
              </Fragment>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
