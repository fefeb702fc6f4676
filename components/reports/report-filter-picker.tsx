'use client'
import { useEffect, useId, useState } from 'react'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Field, Select } from '@/components/ui/field'
import { useApiAction } from '@/components/ui/use-api-action'
import { apiRequest, ApiError } from '@/lib/http/api-client'
import { describeCriteria, type ReportFilterView, type ResolvedReportFilter } from '@/lib/reports/report-filter-schemas'

interface ReportFilterPickerProps {
  workspaceId: string
  filters: ReportFilterView[]
  filterId: string
  canManage: boolean
  onSelect: (filterId: string) => void
  onResolved: (resolved: ResolvedReportFilter | null) => void
  onDeleted: (filterId: string) => void
}

// Pick a saved filter and see the documents it matches now (and how many).
export function ReportFilterPicker({ workspaceId, filters, filterId, canManage, onSelect, onResolved, onDeleted }: ReportFilterPickerProps) {
  const id = useId()
  const [resolved, setResolved] = useState<ResolvedReportFilter | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const remove = useApiAction()
  const selected = filters.find((filter) => filter.id === filterId) ?? null

  useEffect(() => {
    let isCurrent = true
    if (!filterId) return
    apiRequest<ResolvedReportFilter>('GET', `/api/workspaces/${workspaceId}/report-filters/${encodeURIComponent(filterId)}/documents`).then(
      (result) => {
        if (!isCurrent) return
        setLoadError(null)
        setResolved(result)
        onResolved(result)
      },
      (error: unknown) => {
        if (!isCurrent) return
        setResolved(null)
        onResolved(null)
        setLoadError(error instanceof ApiError ? error.message : 'The filter could not be loaded. Try again.')
      },
    )
    return () => {
      isCurrent = false
    }
    // onResolved is the builder's state setter wrapper; re-run only when the filter changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [workspaceId, filterId])

  async function onDelete() {
    if (!selected || !window.confirm(`Delete the filter “${selected.name}”? Published reports are not affected.`)) return
    const result = await remove.run(() => apiRequest('DELETE', `/api/workspaces/${workspaceId}/report-filters/${selected.id}`))
    if (result) onDeleted(selected.id)
  }

  const shown = filterId && resolved?.filter.id === filterId ? resolved : null
  return (
    <div className="space-y-3">
      {filters.length === 0 ? (
        <p className="text-sm text-stone-600">{canManage ? 'No saved filters yet: save one below.' : 'No saved filters yet. Editors can save them.'}</p>
      ) : (
        <div className="flex flex-wrap items-end gap-3">
          <Field id={`${id}-filter`} label="Saved filter">
            <Select id={`${id}-filter`} value={filterId} onChange={(event) => onSelect(event.target.value)}>
              <option value="">Choose a filter…</option>
              {filters.map((filter) => (
                <option key={filter.id} value={filter.id}>
                  {filter.name}
                </option>
              ))}
            </Select>
          </Field>
          {canManage && selected && (
            <Button type="button" variant="danger" onClick={onDelete} disabled={remove.isPending} className="mb-1">
              {remove.isPending ? 'Deleting…' : 'Delete filter'}
            </Button>
          )}
        </div>
      )}
      {remove.error && <Alert>{remove.error}</Alert>}
      {selected && <p className="text-sm text-stone-600">Criteria: {describeCriteria(selected.criteria)}.</p>}
      {filterId && loadError && <Alert>{loadError}</Alert>}
      {shown && (
        <div className="space-y-2" aria-live="polite">
          <p className="text-sm font-medium text-stone-800">
            {shown.matchCount} matching document{shown.matchCount === 1 ? '' : 's'}
            {shown.truncated ? ` — the newest ${shown.documentIds.length} are used (a report holds at most ${shown.documentIds.length})` : ''}
          </p>
          {shown.documents.length > 0 && (
            <ul className="max-h-72 divide-y divide-stone-100 overflow-y-auto rounded-md border border-stone-200">
              {shown.documents.map((document) => (
                <li key={document.id} className="px-3 py-2 text-sm">
                  <span className="font-medium text-stone-900">{document.title}</span>
                  {document.publishedAt && <span className="text-stone-600"> · published {document.publishedAt}</span>}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  )
}
