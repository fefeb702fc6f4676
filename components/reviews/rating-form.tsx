'use client'
import type { FormEvent } from 'react'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Field, Select, TextArea } from '@/components/ui/field'
import { useApiAction } from '@/components/ui/use-api-action'
import { apiRequest } from '@/lib/http/api-client'
import type { RatingView } from '@/lib/reviews/find-claim-review'
import { CONFIDENCE_LEVELS, VERDICT_LABELS, VERDICTS } from '@/lib/reviews/verdicts'

const CONFIDENCE_HINTS: Record<number, string> = { 1: 'a guess', 2: 'unsure', 3: 'fairly sure', 4: 'sure', 5: 'certain' }

// My rating of the claim: verdict, confidence and why. Prefilled with my current
// rating; saving replaces it and keeps the old one in the history.
export function RatingForm({ url, claimId, myRating, onSaved }: { url: string; claimId: string; myRating: RatingView | null; onSaved: () => void }) {
  const { run, isPending, error, fieldErrors } = useApiAction()
  const id = (name: string) => `rating-${claimId}-${name}`

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const saved = await run(() =>
      apiRequest('POST', `${url}/ratings`, {
        verdict: form.get('verdict'),
        confidence: Number(form.get('confidence')),
        rationale: String(form.get('rationale') ?? ''),
      }),
    )
    if (saved) onSaved()
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label="My rating" className="space-y-3 rounded-md border border-stone-200 bg-stone-50 p-3" data-testid="rating-form" data-shortcut="rate">
      {error && <Alert>{error}</Alert>}
      <Field id={id('verdict')} label="Verdict" error={fieldErrors.verdict}>
        <Select id={id('verdict')} name="verdict" defaultValue={myRating?.verdict ?? ''} required>
          <option value="" disabled>
            Choose a verdict…
          </option>
          {VERDICTS.map((verdict) => (
            <option key={verdict} value={verdict}>
              {VERDICT_LABELS[verdict]}
            </option>
          ))}
        </Select>
      </Field>
      <fieldset aria-describedby={fieldErrors.confidence ? id('confidence-error') : undefined}>
        <legend className="text-sm font-medium text-stone-800">Confidence</legend>
        <div className="mt-1 flex flex-wrap gap-3 text-sm">
          {CONFIDENCE_LEVELS.map((level) => (
            <label key={level} className="flex items-center gap-1" title={CONFIDENCE_HINTS[level]}>
              <input type="radio" name="confidence" value={level} defaultChecked={(myRating?.confidence ?? 3) === level} />
              {level}
              <span className="sr-only"> ({CONFIDENCE_HINTS[level]})</span>
            </label>
          ))}
        </div>
        <p className="mt-1 text-xs text-stone-500">1 a guess · 5 certain</p>
        {fieldErrors.confidence && (
          <p id={id('confidence-error')} className="text-sm text-red-700">
            {fieldErrors.confidence}
          </p>
        )}
      </fieldset>
      <Field id={id('rationale')} label="Rationale" hint="Why: what the sources say, what is missing. Up to 5,000 characters." error={fieldErrors.rationale}>
        <TextArea id={id('rationale')} name="rationale" rows={3} maxLength={5000} defaultValue={myRating?.rationale ?? ''} required />
      </Field>
      <Button type="submit" disabled={isPending}>
        {isPending ? 'Saving…' : myRating ? 'Update my rating' : 'Save my rating'}
      </Button>
    </form>
  )
}
