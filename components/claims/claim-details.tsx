'use client'
import { Button } from '@/components/ui/button'
import type { ClaimView } from '@/lib/claims/find-claims'
import { formatQuantity } from '@/lib/claims/format-quantity'
import { CLAIM_KINDS, type ClaimKind } from '@/lib/extract/types'
import { KIND_STYLES, STATUS_STYLES } from './claim-styles'
import { TextChangeNotice } from './text-change-notice'

export interface ClaimActions {
  retype: (kind: ClaimKind) => void
  setDismissed: (isDismissed: boolean) => void
  acknowledgeTextChange: () => void
  mergeWithNext: (() => void) | null
  splitAtCursor: (() => void) | null
}

// The selected claim: its wording, normalized quantities, derived figures, why it
// scored as it did, and (for editors) what can be done with it.
// Without actions (a past revision), it only shows.
export function ClaimDetails({ claim, canEdit, isPending, actions }: { claim: ClaimView; canEdit: boolean; isPending: boolean; actions?: ClaimActions }) {
  return (
    <div className="space-y-3" data-testid="claim-details">
      {claim.isOrphaned && (
        <p className="rounded bg-rose-50 px-2 py-1 text-sm text-rose-900">An edit removed these words. This is the last quote the claim had; re-attach it from the list of lost claims.</p>
      )}
      <blockquote className="border-l-4 border-indigo-300 pl-3 font-serif text-stone-800">{claim.quote}</blockquote>
      {claim.textChange && (
        <TextChangeNotice previousQuote={claim.textChange.previousQuote} quote={claim.quote} at={claim.textChange.at} canAcknowledge={canEdit && !!actions} isPending={isPending} onAcknowledge={() => actions?.acknowledgeTextChange()} />
      )}
      <div className="flex flex-wrap items-center gap-2 text-xs">
        {canEdit && actions ? (
          <label className="flex items-center gap-1">
            <span className="text-stone-600">Kind</span>
            <select aria-label="Claim kind" value={claim.kind} disabled={isPending} onChange={(event) => actions.retype(event.target.value as ClaimKind)} className="rounded border border-stone-300 bg-white px-1 py-0.5">
              {CLAIM_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {KIND_STYLES[kind].label}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <span className={`rounded px-1.5 py-0.5 ${KIND_STYLES[claim.kind].badge}`}>{KIND_STYLES[claim.kind].label}</span>
        )}
        <span className={`rounded px-1.5 py-0.5 ${STATUS_STYLES[claim.status].badge}`}>{STATUS_STYLES[claim.status].label}</span>
        <span className="text-stone-600">check-worthiness {claim.checkworthiness.toFixed(2)}</span>
        {claim.origin !== 'EXTRACTED' && <span className="rounded bg-stone-100 px-1.5 py-0.5 text-stone-600">{claim.origin.toLowerCase()}</span>}
      </div>
      {claim.quantities.length > 0 && (
        <section aria-label="Quantities">
          <h3 className="text-xs font-semibold uppercase tracking-wide text-stone-500">Quantities</h3>
          <ul className="mt-1 space-y-1 text-sm">
            {claim.quantities.map((quantity) => (
              <li key={quantity.id} data-testid="quantity">
                <span className="font-mono text-stone-500">“{quantity.text}”</span> → <span className="font-medium">{formatQuantity(quantity)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {claim.derived.map((change, index) => (
        <p key={index} className="rounded bg-sky-50 px-2 py-1 text-sm text-sky-900" data-testid="derived">
          Derived, not asserted: ×{change.ratio}
          {change.years ? ` over ${change.years} years` : ''}
          {change.cagrPercent ? `, ≈ ${Number(change.cagrPercent).toFixed(1)}% a year (CAGR)` : ''}
        </p>
      ))}
      {claim.reasons.length > 0 && (
        <p className="text-xs text-stone-500">Scored on: {claim.reasons.map((reason) => `${reason.code.replace(/_/g, ' ')} (${reason.weight > 0 ? '+' : ''}${reason.weight})`).join(', ')}</p>
      )}
      {canEdit && actions && (
        <div className="flex flex-wrap gap-2 pt-1">
          <Button variant="secondary" disabled={isPending} onClick={() => actions.setDismissed(!claim.isDismissed)}>
            {claim.isDismissed ? 'Restore' : 'Dismiss'}
          </Button>
          {actions.mergeWithNext && (
            <Button variant="secondary" disabled={isPending} onClick={actions.mergeWithNext}>
              Merge with next
            </Button>
          )}
          <Button
            variant="secondary"
            disabled={isPending || !actions.splitAtCursor}
            onClick={actions.splitAtCursor ?? undefined}
            title={actions.splitAtCursor ? 'Cut the claim where the text cursor stands' : "Click inside the claim's text where it should be cut first"}
          >
            Split at cursor
          </Button>
        </div>
      )}
    </div>
  )
}
