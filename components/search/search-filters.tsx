'use client'

import type { ChangeEvent } from 'react'
import { Button } from '@/components/ui/button'

const CLAIM_STATUSES = ['UNREVIEWED', 'IN_REVIEW', 'READY', 'VERIFIED'] as const
const VERDICTS = ['ACCURATE', 'ACCURATE_WITH_CAVEATS', 'MISLEADING', 'INACCURATE', 'FALSE', 'UNVERIFIABLE'] as const
const FIELD = 'block w-full rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm shadow-xs focus:border-indigo-600 focus:outline-none focus:ring-1 focus:ring-indigo-600'

interface SearchFiltersProps {
  action: string
  // As they came in the URL: the form shows them back, valid or not.
  filters: { q?: string; type: string[]; status: string[]; verdict: string[]; documentId?: string; assigneeId?: string; authorId?: string; from?: string; to?: string }
  documents: { id: string; title: string }[]
  members: { id: string; label: string }[]
}

const submitForm = (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => event.currentTarget.form?.requestSubmit()
const words = (value: string) => value.toLowerCase().replaceAll('_', ' ')

// The query and its filters, as one GET form: everything lives in the URL. A changed
// filter applies at once; the words wait for Enter or the button.
export function SearchFilters({ action, filters, documents, members }: SearchFiltersProps) {
  return (
    <form action={action} method="get" role="search" className="space-y-3" aria-label="Search and filters">
      <div className="flex gap-2">
        <label htmlFor="search-query" className="sr-only">
          Search words, &quot;phrases&quot;, -exclusions, OR, and figures like $110bn
        </label>
        <input id="search-query" type="search" name="q" defaultValue={filters.q} maxLength={500} placeholder='Words, "a phrase", -not, OR, $110bn' className={`${FIELD} max-w-xl`} />
        <Button type="submit">Search</Button>
      </div>
      {filters.type?.map((type) => <input key={type} type="hidden" name="type" value={type} />)}
      <div className="grid gap-3 sm:grid-cols-3 lg:grid-cols-7">
        <Select label="Document" name="documentId" value={filters.documentId} options={documents.map((document) => [document.id, document.title])} />
        <Select label="Claim status" name="status" value={filters.status?.[0]} options={CLAIM_STATUSES.map((status) => [status, words(status)])} />
        <Select label="Verdict" name="verdict" value={filters.verdict?.[0]} options={VERDICTS.map((verdict) => [verdict, words(verdict)])} />
        <Select label="Assignee" name="assigneeId" value={filters.assigneeId} options={members.map((member) => [member.id, member.label])} />
        <Select label="Written by" name="authorId" value={filters.authorId} options={members.map((member) => [member.id, member.label])} />
        <div className="grid grid-cols-2 gap-2 sm:col-span-2">
          <DateField label="From" name="from" value={filters.from} />
          <DateField label="To" name="to" value={filters.to} />
        </div>
      </div>
    </form>
  )
}

function Select({ label, name, value, options }: { label: string; name: string; value?: string; options: [string, string][] }) {
  const id = `search-filter-${name}`
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-xs font-medium text-stone-600">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ''} className={FIELD} onChange={submitForm}>
        <option value="">Any</option>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </div>
  )
}

function DateField({ label, name, value }: { label: string; name: string; value?: string }) {
  const id = `search-filter-${name}`
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-xs font-medium text-stone-600">
        {label}
      </label>
      <input id={id} type="date" name={name} defaultValue={value} className={FIELD} onChange={submitForm} />
    </div>
  )
}
