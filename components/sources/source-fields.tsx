'use client'
import { Field, Input, Select, TextArea } from '@/components/ui/field'
import { toDateInput } from './source-form-values'
import { RELIABILITY_LABELS, SOURCE_TYPE_LABELS, SOURCE_TYPES } from './source-labels'
import type { SourceSummary } from './types'

interface SourceFieldsProps {
  // Makes ids and names unique when two source forms share a page.
  prefix: string
  errors: Record<string, string>
  initial?: Partial<SourceSummary>
  // The library form also records where it was archived and when it was read.
  hasArchiveFields?: boolean
  // A source added as a file has no URL, and its title may come from the file.
  isFile?: boolean
}

// The fields of a source, for adding one (in the library or next to evidence) or editing it.
export function SourceFields({ prefix, errors, initial, hasArchiveFields = false, isFile = false }: SourceFieldsProps) {
  const id = (name: string) => `${prefix}${name}`
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      {!isFile && (
        <div className="sm:col-span-2">
          <Field id={id('url')} label="URL" hint="The page or file the figure comes from." error={errors.url}>
            <Input id={id('url')} name={id('url')} type="url" required placeholder="https://" defaultValue={initial?.url ?? ''} maxLength={2048} />
          </Field>
        </div>
      )}
      <div className="sm:col-span-2">
        <Field id={id('title')} label="Title" hint={isFile ? 'Optional: the file’s name otherwise.' : undefined} error={errors.title}>
          <Input id={id('title')} name={id('title')} required={!isFile} defaultValue={initial?.title ?? ''} maxLength={500} />
        </Field>
      </div>
      <Field id={id('publisher')} label="Publisher" hint="Optional." error={errors.publisher}>
        <Input id={id('publisher')} name={id('publisher')} defaultValue={initial?.publisher ?? ''} maxLength={300} />
      </Field>
      <Field id={id('author')} label="Author" hint="Optional." error={errors.author}>
        <Input id={id('author')} name={id('author')} defaultValue={initial?.author ?? ''} maxLength={300} />
      </Field>
      <Field id={id('publishedAt')} label="Published on" hint="Optional." error={errors.publishedAt}>
        <Input id={id('publishedAt')} name={id('publishedAt')} type="date" defaultValue={toDateInput(initial?.publishedAt)} />
      </Field>
      <Field id={id('type')} label="Type" error={errors.type}>
        <Select id={id('type')} name={id('type')} defaultValue={initial?.type ?? 'OTHER'}>
          {SOURCE_TYPES.map((type) => (
            <option key={type} value={type}>
              {SOURCE_TYPE_LABELS[type]}
            </option>
          ))}
        </Select>
      </Field>
      {hasArchiveFields && (
        <>
          <Field id={id('archiveUrl')} label="Archive URL" hint="Optional. A saved copy, e.g. on the Wayback Machine." error={errors.archiveUrl}>
            <Input id={id('archiveUrl')} name={id('archiveUrl')} type="url" placeholder="https://" defaultValue={initial?.archiveUrl ?? ''} maxLength={2048} />
          </Field>
          <Field id={id('accessedAt')} label="Accessed on" hint="Optional." error={errors.accessedAt}>
            <Input id={id('accessedAt')} name={id('accessedAt')} type="date" defaultValue={toDateInput(initial?.accessedAt)} />
          </Field>
        </>
      )}
      <Field id={id('reliability')} label="Reliability" hint="1 unreliable … 5 authoritative." error={errors.reliability}>
        <Select id={id('reliability')} name={id('reliability')} defaultValue={initial?.reliability?.toString() ?? ''}>
          <option value="">Not rated</option>
          {[1, 2, 3, 4, 5].map((value) => (
            <option key={value} value={value}>
              {RELIABILITY_LABELS[value]}
            </option>
          ))}
        </Select>
      </Field>
      <div className="sm:col-span-2">
        <Field id={id('reliabilityNote')} label="Reliability note" hint="Optional. Why you trust it, or not." error={errors.reliabilityNote}>
          <TextArea id={id('reliabilityNote')} name={id('reliabilityNote')} rows={2} defaultValue={initial?.reliabilityNote ?? ''} maxLength={2000} />
        </Field>
      </div>
    </div>
  )
}
