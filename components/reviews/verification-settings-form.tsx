'use client'
import { useState, type FormEvent } from 'react'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Field, Input } from '@/components/ui/field'
import { useApiAction } from '@/components/ui/use-api-action'
import { apiRequest } from '@/lib/http/api-client'
import type { VerificationSettings } from '@/lib/reviews/verification-rules'

// What a claim needs before an editor can mark it Verified without an override.
// Owners change it; everyone else reads it.
export function VerificationSettingsForm({ workspaceId, settings: initial, canEdit }: { workspaceId: string; settings: VerificationSettings; canEdit: boolean }) {
  const { run, isPending, error, fieldErrors } = useApiAction()
  const [settings, setSettings] = useState(initial)
  const [saved, setSaved] = useState(false)

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setSaved(false)
    const form = new FormData(event.currentTarget)
    const result = await run(() =>
      apiRequest<{ settings: VerificationSettings }>('PATCH', `/api/workspaces/${workspaceId}/settings/verification`, {
        verifyMinRatings: Number(form.get('verifyMinRatings')),
        verifyMinAgreement: Number(form.get('verifyMinAgreement')) / 100,
        verifyRequiresStrongEvidence: form.get('verifyRequiresStrongEvidence') === 'on',
      }),
    )
    if (result) {
      setSettings(result.settings)
      setSaved(true)
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Verification thresholds" className="max-w-lg space-y-4 rounded-lg border border-stone-200 bg-white p-5" data-testid="verification-settings">
      <div>
        <h2 className="text-base font-semibold text-stone-900">What Verified needs</h2>
        <p className="mt-1 text-sm text-stone-600">Without these, an editor can still verify a claim with a written override reason, which is logged and shown in reports.</p>
      </div>
      {error && <Alert>{error}</Alert>}
      {saved && <Alert tone="success">Saved. The new thresholds apply to the next verification.</Alert>}
      <fieldset disabled={!canEdit || isPending} className="space-y-4">
        <Field id="verifyMinRatings" label="Reviewers who rated the claim, at least" hint="1–20" error={fieldErrors.verifyMinRatings}>
          <Input id="verifyMinRatings" name="verifyMinRatings" type="number" min={1} max={20} step={1} defaultValue={settings.verifyMinRatings} />
        </Field>
        <Field id="verifyMinAgreement" label="Agreement on one verdict, at least (%)" hint="50–100: the share of reviewers on the most chosen verdict" error={fieldErrors.verifyMinAgreement}>
          <Input id="verifyMinAgreement" name="verifyMinAgreement" type="number" min={50} max={100} step={1} defaultValue={Math.round(settings.verifyMinAgreement * 100)} />
        </Field>
        <label className="flex items-start gap-2 text-sm text-stone-800">
          <input type="checkbox" name="verifyRequiresStrongEvidence" defaultChecked={settings.verifyRequiresStrongEvidence} className="mt-0.5" />
          <span>
            Require supporting or contradicting evidence from an official statistics, primary data or peer-reviewed source
            {fieldErrors.verifyRequiresStrongEvidence && <span className="block text-red-700">{fieldErrors.verifyRequiresStrongEvidence}</span>}
          </span>
        </label>
      </fieldset>
      {canEdit ? (
        <Button type="submit" disabled={isPending}>
          {isPending ? 'Saving…' : 'Save thresholds'}
        </Button>
      ) : (
        <p className="text-sm text-stone-600">Only owners can change these thresholds.</p>
      )}
    </form>
  )
}
