'use client'
import { useId, useState, type FormEvent } from 'react'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Field, Input } from '@/components/ui/field'
import { useApiAction } from '@/components/ui/use-api-action'
import { apiRequest } from '@/lib/http/api-client'
import type { ReportFilterView } from '@/lib/reports/report-filter-schemas'

// "Save current criteria as a filter": a name and the four criteria (at least one).
export function ReportFilterForm({ workspaceId, onCreated }: { workspaceId: string; onCreated: (filter: ReportFilterView) => void }) {
  const id = useId()
  const [name, setName] = useState('')
  const [titleContains, setTitleContains] = useState('')
  const [publishedFrom, setPublishedFrom] = useState('')
  const [publishedTo, setPublishedTo] = useState('')
  const [onlyWithVerifiedClaims, setOnlyWithVerifiedClaims] = useState(false)
  const save = useApiAction()
  const errors = save.fieldErrors

  async function onSubmit(event: FormEvent) {
    event.preventDefault()
    const criteria = { titleContains, publishedFrom, publishedTo, onlyWithVerifiedClaims }
    const result = await save.run(() => apiRequest<{ filter: ReportFilterView }>('POST', `/api/workspaces/${workspaceId}/report-filters`, { name, criteria }))
    if (!result) return
    setName('')
    setTitleContains('')
    setPublishedFrom('')
    setPublishedTo('')
    setOnlyWithVerifiedClaims(false)
    onCreated(result.filter)
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={`${id}-heading`} className="space-y-3 rounded-md border border-stone-200 bg-stone-50 p-4">
      <h3 id={`${id}-heading`} className="text-sm font-semibold text-stone-900">
        Save current criteria as a filter
      </h3>
      {save.error && <Alert>{save.error}</Alert>}
      {errors.criteria && <Alert>{`Criteria: ${errors.criteria}`}</Alert>}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={`${id}-title`} label="Title contains" error={errors['criteria.titleContains']}>
          <Input id={`${id}-title`} value={titleContains} onChange={(event) => setTitleContains(event.target.value)} maxLength={200} />
        </Field>
        <div className="flex items-end pb-2">
          <label className="flex items-center gap-2 text-sm text-stone-700">
            <input type="checkbox" checked={onlyWithVerifiedClaims} onChange={(event) => setOnlyWithVerifiedClaims(event.target.checked)} className="size-4 accent-indigo-700" />
            Only documents with verified claims
          </label>
        </div>
        <Field id={`${id}-from`} label="Published from" hint="YYYY-MM-DD" error={errors['criteria.publishedFrom']}>
          <Input id={`${id}-from`} type="date" value={publishedFrom} onChange={(event) => setPublishedFrom(event.target.value)} />
        </Field>
        <Field id={`${id}-to`} label="Published to" hint="YYYY-MM-DD" error={errors['criteria.publishedTo']}>
          <Input id={`${id}-to`} type="date" value={publishedTo} onChange={(event) => setPublishedTo(event.target.value)} />
        </Field>
        <Field id={`${id}-name`} label="Filter name" error={errors.name}>
          <Input id={`${id}-name`} value={name} onChange={(event) => setName(event.target.value)} maxLength={100} required />
        </Field>
      </div>
      <Button type="submit" variant="secondary" disabled={save.isPending}>
        {save.isPending ? 'Saving…' : 'Save filter'}
      </Button>
    </form>
  )
}
