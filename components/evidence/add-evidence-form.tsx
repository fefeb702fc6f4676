'use client'
import { useRef, useState, type FormEvent } from 'react'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Field, Input, Select, TextArea } from '@/components/ui/field'
import { useApiAction } from '@/components/ui/use-api-action'
import { SourceFields } from '@/components/sources/source-fields'
import { sourceBodyFrom } from '@/components/sources/source-form-values'
import { QuotePickerDialog, type PickedQuote } from '@/components/snapshots/quote-picker-dialog'
import { useReadySnapshot } from '@/components/snapshots/use-ready-snapshot'
import { SourcePicker } from '@/components/sources/source-picker'
import type { SourceSummary } from '@/components/sources/types'
import { apiRequest } from '@/lib/http/api-client'
import { STANCE_LABELS, STANCES, type ClaimQuantityOption, type EvidenceItemData } from './types'

interface AddEvidenceFormProps {
  workspaceId: string
  claimId: string
  quantities: ClaimQuantityOption[]
  // sourceNotice: what became of a new source ("Already in the library — reused"), to show after the form closes.
  onAdded: (evidence: EvidenceItemData, sourceNotice: string | null) => void
  onCancel: () => void
}

type SourceMode = 'library' | 'new'

// Cites a source for or against the claim: picked from the library, or added to it
// first (a link already there is reused, not repeated).
export function AddEvidenceForm({ workspaceId, claimId, quantities, onAdded, onCancel }: AddEvidenceFormProps) {
  const { run, isPending, error, fieldErrors } = useApiAction()
  const [mode, setMode] = useState<SourceMode>('library')
  const [source, setSource] = useState<SourceSummary | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({})
  const errors = { ...fieldErrors, ...localErrors }
  const prefix = `evidence-${claimId}-`
  const id = (name: string) => `${prefix}${name}`
  const quoteField = useRef<HTMLTextAreaElement>(null)
  const locatorField = useRef<HTMLInputElement>(null)
  const [isPickingQuote, setPickingQuote] = useState(false)
  const readySnapshot = useReadySnapshot(workspaceId, mode === 'library' ? (source?.id ?? null) : null)

  // The quote is the snapshot's characters exactly; a PDF page fills an empty locator.
  function applyQuote(picked: PickedQuote) {
    if (quoteField.current) quoteField.current.value = picked.quote
    if (locatorField.current && !locatorField.current.value.trim() && picked.page) locatorField.current.value = `p. ${picked.page}`
    setLocalErrors(({ quote: _quote, ...rest }) => rest)
    quoteField.current?.focus()
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const quote = String(form.get(id('quote')) ?? '').trim()
    const missing: Record<string, string> = {}
    if (!quote) missing.quote = 'is required: paste the exact words of the source'
    if (mode === 'library' && !source) missing.sourceId = 'is required: pick a source from the library or add a new one'
    setLocalErrors(missing)
    if (Object.keys(missing).length > 0) return
    const figure = String(form.get(id('figure')) ?? '').trim()
    const position = form.get(id('quantityPosition'))
    const added = await run(async () => {
      let cited = source
      let sourceNotice: string | null = null
      if (mode === 'new') {
        const created = await apiRequest<{ source: SourceSummary; isExisting: boolean }>('POST', `/api/workspaces/${workspaceId}/sources`, sourceBodyFrom(form, prefix))
        cited = created.source
        // From here on the source is in the library: a retry after an evidence error reuses it.
        setSource(created.source)
        setMode('library')
        sourceNotice = created.isExisting ? 'Already in the library — reused' : 'Added to the library'
        setNotice(sourceNotice)
      }
      const { evidence } = await apiRequest<{ evidence: EvidenceItemData }>('POST', `/api/workspaces/${workspaceId}/claims/${claimId}/evidence`, {
        sourceId: cited!.id,
        stance: form.get(id('stance')),
        quote,
        locator: String(form.get(id('locator')) ?? '').trim() || null,
        figure: figure || null,
        quantityPosition: figure && typeof position === 'string' && position !== '' ? Number(position) : null,
      })
      return { evidence, sourceNotice }
    })
    if (added) onAdded(added.evidence, added.sourceNotice)
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4 rounded-md border border-stone-200 bg-stone-50 p-3" aria-label="Add evidence">
      {error && <Alert>{error}</Alert>}
      {notice && <Alert tone="info">{notice}</Alert>}
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-stone-800">Source</legend>
        <div className="flex gap-4 text-sm">
          {(['library', 'new'] as const).map((option) => (
            <label key={option} className="flex items-center gap-1.5">
              <input type="radio" name={id('source-mode')} value={option} checked={mode === option} onChange={() => setMode(option)} />
              {option === 'library' ? 'From the library' : 'New source'}
            </label>
          ))}
        </div>
        {mode === 'library' ? (
          <div className="space-y-1">
            <label htmlFor={id('source-search')} className="sr-only">
              Search the source library
            </label>
            <SourcePicker
              id={id('source-search')}
              workspaceId={workspaceId}
              selected={source}
              onSelect={(picked) => {
                setSource(picked)
                setNotice(null)
              }}
              isInvalid={Boolean(errors.sourceId)}
              describedBy={errors.sourceId ? id('sourceId-error') : undefined}
            />
            {errors.sourceId && (
              <p id={id('sourceId-error')} className="text-sm text-red-700">
                {errors.sourceId}
              </p>
            )}
          </div>
        ) : (
          <SourceFields prefix={prefix} errors={errors} />
        )}
      </fieldset>
      <fieldset>
        <legend className="text-sm font-medium text-stone-800">Stance</legend>
        <div className="mt-1 flex flex-wrap gap-4 text-sm">
          {STANCES.map((stance, index) => (
            <label key={stance} className="flex items-center gap-1.5">
              <input type="radio" name={id('stance')} value={stance} defaultChecked={index === 0} />
              {STANCE_LABELS[stance].option}
            </label>
          ))}
        </div>
        {errors.stance && <p className="text-sm text-red-700">{errors.stance}</p>}
      </fieldset>
      <Field id={id('quote')} label="Quote" hint="The exact words of the source, as they appear there." error={errors.quote}>
        <TextArea ref={quoteField} id={id('quote')} name={id('quote')} rows={3} required maxLength={5000} />
      </Field>
      {readySnapshot !== null && source && (
        <div>
          <Button type="button" variant="secondary" onClick={() => setPickingQuote(true)}>
            Choose quote from the archived text
          </Button>
          {isPickingQuote && <QuotePickerDialog snapshotUrl={`/api/workspaces/${workspaceId}/sources/${source.id}/snapshots/${readySnapshot}`} isOpen onPick={applyQuote} onClose={() => setPickingQuote(false)} />}
        </div>
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={id('locator')} label="Where in the source" hint="Optional. Page, table, figure or section." error={errors.locator}>
          <Input ref={locatorField} id={id('locator')} name={id('locator')} maxLength={300} placeholder="p. 12, table 3" />
        </Field>
        <Field id={id('figure')} label="Figure as written in the source" hint="Optional. Compared with the claim's figure." error={errors.figure}>
          <Input id={id('figure')} name={id('figure')} maxLength={200} placeholder="$4.51 billion" />
        </Field>
      </div>
      {quantities.length > 0 && (
        <Field id={id('quantityPosition')} label="Compare with the claim's figure" error={errors.quantityPosition}>
          <Select id={id('quantityPosition')} name={id('quantityPosition')} defaultValue={String(quantities[0]!.position)}>
            {quantities.map((quantity) => (
              <option key={quantity.position} value={quantity.position}>
                “{quantity.text}” ({quantity.label})
              </option>
            ))}
          </Select>
        </Field>
      )}
      <div className="flex gap-2">
        <Button type="submit" disabled={isPending}>
          {isPending ? 'Adding…' : 'Add evidence'}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  )
}
