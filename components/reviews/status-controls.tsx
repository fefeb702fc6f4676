'use client'
import { useState } from 'react'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Field, Select, TextArea } from '@/components/ui/field'
import { useApiAction } from '@/components/ui/use-api-action'
import type { ClaimStatus, Verdict } from '@/lib/db/generated/enums'
import { apiRequest } from '@/lib/http/api-client'
import type { ClaimReview } from '@/lib/reviews/find-claim-review'
import { STATUS_LABELS } from '@/lib/reviews/status-workflow'
import { VERDICT_LABELS, VERDICTS } from '@/lib/reviews/verdicts'
import { VERDICT_COLORS } from './verdict-styles'

interface StatusControlsProps {
  url: string
  review: ClaimReview
  canReview: boolean
  canDecide: boolean
  onChanged: () => void
}

// Status and verdict, with the moves the user's role allows: Start review, Propose a
// verdict (READY), Verify (final verdict; an override reason when the rules fail), Reopen.
export function StatusControls({ url, review, canReview, canDecide, onChanged }: StatusControlsProps) {
  const { claim, verification, aggregate } = review
  const { run, isPending, error, fieldErrors } = useApiAction()
  const [mode, setMode] = useState<'READY' | 'VERIFIED' | null>(null)
  const suggested = claim.verdict ?? (aggregate.modalVerdicts.length === 1 ? aggregate.modalVerdicts[0]! : null)
  const [verdict, setVerdict] = useState<Verdict | ''>(suggested ?? '')
  const [overrideReason, setOverrideReason] = useState('')
  const idPrefix = `status-${claim.id}`

  async function move(status: ClaimStatus, extra: Record<string, unknown> = {}) {
    const done = await run(() => apiRequest('POST', `${url}/status`, { status, version: claim.version, ...extra }))
    if (done) {
      setMode(null)
      setOverrideReason('')
      onChanged()
    }
  }

  function toggle(next: 'READY' | 'VERIFIED') {
    setVerdict(suggested ?? '')
    setMode(mode === next ? null : next)
  }
  const needsOverride = mode === 'VERIFIED' && !verification.isMet

  return (
    <div className="space-y-2" data-testid="claim-status">
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-medium text-stone-900" data-testid="claim-status-label">
          {STATUS_LABELS[claim.status]}
        </span>
        {claim.verdict && (
          <span className={`rounded px-1.5 py-0.5 text-xs ${VERDICT_COLORS[claim.verdict].badge}`} data-testid="claim-verdict">
            {claim.status === 'VERIFIED' ? 'Final' : 'Proposed'}: {VERDICT_LABELS[claim.verdict]}
          </span>
        )}
        {claim.verdictBy && <span className="text-xs text-stone-500">by {claim.verdictBy.name}</span>}
      </p>
      {claim.overrideReason && (
        <p className="rounded bg-amber-50 px-2 py-1 text-sm text-amber-900" data-testid="override-reason">
          Verified by override: {claim.overrideReason}
        </p>
      )}
      {error && <Alert>{error}</Alert>}
      <div className="flex flex-wrap gap-2">
        {claim.status === 'UNREVIEWED' && canReview && (
          <Button variant="secondary" disabled={isPending} onClick={() => move('IN_REVIEW')}>
            Start review
          </Button>
        )}
        {(claim.status === 'UNREVIEWED' || claim.status === 'IN_REVIEW' || claim.status === 'READY') && canReview && (
          <Button variant="secondary" disabled={isPending} aria-expanded={mode === 'READY'} onClick={() => toggle('READY')} data-shortcut="verdict">
            {claim.status === 'READY' ? 'Change proposed verdict' : 'Propose verdict'}
          </Button>
        )}
        {canDecide && (
          <Button variant="secondary" disabled={isPending} aria-expanded={mode === 'VERIFIED'} onClick={() => toggle('VERIFIED')} data-shortcut="verdict">
            {claim.status === 'VERIFIED' ? 'Change final verdict' : 'Verify'}
          </Button>
        )}
        {canDecide && (claim.status === 'READY' || claim.status === 'VERIFIED') && (
          <Button variant="secondary" disabled={isPending} onClick={() => move('IN_REVIEW')}>
            Reopen
          </Button>
        )}
      </div>
      {mode && (
        <form
          className="space-y-3 rounded-md border border-stone-200 bg-stone-50 p-3"
          aria-label={mode === 'VERIFIED' ? 'Verify the claim' : 'Propose a verdict'}
          noValidate
          onSubmit={(event) => {
            event.preventDefault()
            void move(mode, { verdict: verdict || null, ...(needsOverride ? { overrideReason } : {}) })
          }}
        >
          <Field id={`${idPrefix}-verdict`} label={mode === 'VERIFIED' ? 'Final verdict' : 'Proposed verdict'} error={fieldErrors.verdict}>
            <Select id={`${idPrefix}-verdict`} value={verdict} onChange={(event) => setVerdict(event.target.value as Verdict | '')}>
              <option value="">Choose a verdict…</option>
              {VERDICTS.map((option) => (
                <option key={option} value={option}>
                  {VERDICT_LABELS[option]}
                </option>
              ))}
            </Select>
          </Field>
          {needsOverride && (
            <>
              <Alert title="The rules for Verified are not met" tone="info">
                <ul className="list-disc pl-5" data-testid="failing-rules">
                  {verification.failures.map((failure) => (
                    <li key={failure.rule}>This claim {failure.message}.</li>
                  ))}
                </ul>
              </Alert>
              <Field id={`${idPrefix}-override`} label="Override reason" hint="An editor may verify anyway: say why (10–2,000 characters). It is logged and shown in reports." error={fieldErrors.overrideReason}>
                <TextArea id={`${idPrefix}-override`} rows={3} maxLength={2000} value={overrideReason} onChange={(event) => setOverrideReason(event.target.value)} />
              </Field>
            </>
          )}
          <div className="flex gap-2">
            <Button type="submit" disabled={isPending}>
              {mode === 'VERIFIED' ? (needsOverride ? 'Verify with override' : 'Verify') : 'Propose'}
            </Button>
            <Button type="button" variant="ghost" onClick={() => setMode(null)}>
              Cancel
            </Button>
          </div>
        </form>
      )}
    </div>
  )
}
