'use client'
import { useRouter } from 'next/navigation'
import { useId, useState, type FormEvent } from 'react'
import { Alert } from '@/components/ui/alert'
import { Button, buttonClass } from '@/components/ui/button'
import { Field, Input } from '@/components/ui/field'
import { useApiAction } from '@/components/ui/use-api-action'
import { apiRequest } from '@/lib/http/api-client'
import type { ReportFilterView, ResolvedReportFilter } from '@/lib/reports/report-filter-schemas'
import { reportQueryString } from '@/lib/reports/schemas'
import { ReportExportLinks } from './report-builder-exports'
import { ReportFilterForm } from './report-filter-form'
import { ReportFilterPicker } from './report-filter-picker'

export interface BuilderDocument {
  id: string
  title: string
  author: string | null
  claimCount: number
  verifiedCount: number
}

interface ReportBuilderProps {
  workspaceId: string
  documents: BuilderDocument[]
  canPublish: boolean
  initialDocumentIds?: string[]
  // Saved filters of the workspace; editors (canPublish) may save and delete them.
  filters?: ReportFilterView[]
  initialFilterId?: string | null
}

// Choose documents and what to include; preview, export or publish those choices.
export function ReportBuilder({ workspaceId, documents, canPublish, initialDocumentIds = [], filters: initialFilters = [], initialFilterId = null }: ReportBuilderProps) {
  const router = useRouter()
  const id = useId()
  const [selected, setSelected] = useState<string[]>(initialDocumentIds.filter((docId) => documents.some((document) => document.id === docId)))
  const [scope, setScope] = useState<'verified' | 'all'>('verified')
  const [includeComments, setIncludeComments] = useState(false)
  const [includeAuditAppendix, setIncludeAuditAppendix] = useState(false)
  const [title, setTitle] = useState('')
  const [filters, setFilters] = useState(initialFilters)
  const [filterId, setFilterId] = useState(initialFilterId && initialFilters.some((filter) => filter.id === initialFilterId) ? initialFilterId : '')
  const [chooseBy, setChooseBy] = useState<'documents' | 'filter'>(filterId ? 'filter' : 'documents')
  const [resolved, setResolved] = useState<ResolvedReportFilter | null>(null)
  const publish = useApiAction()
  const options = { scope, includeComments, includeAuditAppendix }
  const byFilter = chooseBy === 'filter'
  // A filter's documents are resolved now; publishing stores them (the report is frozen),
  // the preview and exports resolve the filter again on the server.
  const filterDocumentIds = byFilter && filterId && resolved?.filter.id === filterId ? resolved.documentIds : []
  const choices = { documentIds: byFilter ? filterDocumentIds : documents.filter((document) => selected.includes(document.id)).map((document) => document.id), options }
  const query = byFilter ? `${reportQueryString({ documentIds: [], options })}&filterId=${encodeURIComponent(filterId)}` : reportQueryString(choices)
  const hasSelection = choices.documentIds.length > 0
  const isAllSelected = documents.length > 0 && selected.length === documents.length

  const toggle = (documentId: string) => setSelected((current) => (current.includes(documentId) ? current.filter((known) => known !== documentId) : [...current, documentId]))

  async function onPublish(event: FormEvent) {
    event.preventDefault()
    const result = await publish.run(() => apiRequest<{ report: { id: string } }>('POST', `/api/workspaces/${workspaceId}/reports`, { title, ...choices }))
    if (result) router.push(`/w/${workspaceId}/reports/${result.report.id}`)
  }

  function onFilterCreated(filter: ReportFilterView) {
    setFilters((current) => [...current, filter].sort((a, b) => a.name.localeCompare(b.name)))
    setFilterId(filter.id)
  }

  function onFilterDeleted(deletedId: string) {
    setFilters((current) => current.filter((filter) => filter.id !== deletedId))
    setFilterId('')
    setResolved(null)
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-5 rounded-lg border border-stone-200 bg-white p-5">
      <h2 id={`${id}-heading`} className="text-lg font-semibold text-stone-900">
        Build a report
      </h2>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-stone-800">Choose by</legend>
        <div className="flex flex-wrap gap-x-6 gap-y-2 text-sm text-stone-700">
          <label className="flex items-center gap-2">
            <input type="radio" name={`${id}-choose-by`} checked={!byFilter} onChange={() => setChooseBy('documents')} className="accent-indigo-700" />
            Documents
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name={`${id}-choose-by`} checked={byFilter} onChange={() => setChooseBy('filter')} className="accent-indigo-700" />
            Saved filter
          </label>
        </div>
      </fieldset>
      {byFilter ? (
        <div className="space-y-4">
          <ReportFilterPicker
            workspaceId={workspaceId}
            filters={filters}
            filterId={filterId}
            canManage={canPublish}
            onSelect={setFilterId}
            onResolved={setResolved}
            onDeleted={onFilterDeleted}
          />
          {canPublish && <ReportFilterForm workspaceId={workspaceId} onCreated={onFilterCreated} />}
        </div>
      ) : (
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-stone-800">Documents</legend>
          <label className="flex items-center gap-2 text-sm text-stone-700">
            <input type="checkbox" checked={isAllSelected} onChange={() => setSelected(isAllSelected ? [] : documents.map((document) => document.id))} className="size-4 accent-indigo-700" />
            Select all
          </label>
          <ul className="max-h-72 divide-y divide-stone-100 overflow-y-auto rounded-md border border-stone-200">
            {documents.map((document) => (
              <li key={document.id}>
                <label className="flex items-start gap-3 px-3 py-2 text-sm hover:bg-stone-50">
                  <input type="checkbox" checked={selected.includes(document.id)} onChange={() => toggle(document.id)} className="mt-0.5 size-4 accent-indigo-700" />
                  <span>
                    <span className="font-medium text-stone-900">{document.title}</span>
                    <span className="block text-stone-600">
                      {document.claimCount} claim{document.claimCount === 1 ? '' : 's'}, {document.verifiedCount} verified{document.author ? ` · ${document.author}` : ''}
                    </span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-stone-800">Include</legend>
        <div className="flex flex-wrap gap-x-6 gap-y-2 text-sm text-stone-700">
          <label className="flex items-center gap-2">
            <input type="radio" name={`${id}-scope`} checked={scope === 'verified'} onChange={() => setScope('verified')} className="accent-indigo-700" />
            Verified claims only
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name={`${id}-scope`} checked={scope === 'all'} onChange={() => setScope('all')} className="accent-indigo-700" />
            All claims, with their status
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" checked={includeComments} onChange={(event) => setIncludeComments(event.target.checked)} className="size-4 accent-indigo-700" />
            Comments
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" checked={includeAuditAppendix} onChange={(event) => setIncludeAuditAppendix(event.target.checked)} className="size-4 accent-indigo-700" />
            Audit appendix
          </label>
        </div>
      </fieldset>
      <div className="space-y-2">
        <div className="flex flex-wrap items-center gap-2">
          {hasSelection ? (
            <a href={`/w/${workspaceId}/reports/preview?${query}`} className={buttonClass('primary')}>
              Preview
            </a>
          ) : (
            <span aria-disabled="true" className={`${buttonClass('primary')} cursor-not-allowed bg-indigo-300`}>
              Preview
            </span>
          )}
          {!hasSelection && <span className="text-sm text-stone-600">{byFilter ? 'Choose a filter that matches at least one document.' : 'Choose at least one document.'}</span>}
        </div>
        <ReportExportLinks href={`/api/workspaces/${workspaceId}/reports/preview/export?${query}`} isDisabled={!hasSelection} />
      </div>
      {canPublish && (
        <form onSubmit={onPublish} className="space-y-3 border-t border-stone-200 pt-4" noValidate>
          {publish.error && <Alert>{publish.error}</Alert>}
          <Field id={`${id}-title`} label="Report title" hint="Publishing freezes this report with its SHA-256 so it can be shared and cited." error={publish.fieldErrors.title ?? publish.fieldErrors.documentIds ?? publish.fieldErrors['options.scope']}>
            <Input id={`${id}-title`} value={title} onChange={(event) => setTitle(event.target.value)} maxLength={300} required />
          </Field>
          <Button type="submit" disabled={!hasSelection || publish.isPending}>
            {publish.isPending ? 'Publishing…' : 'Publish'}
          </Button>
        </form>
      )}
    </section>
  )
}
