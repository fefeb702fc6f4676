'use client'
import type { ClaimView } from '@/lib/claims/find-claims'
import { KIND_STYLES } from './claim-styles'

export type ClaimOrder = 'position' | 'checkworthiness'

export function orderClaims(claims: ClaimView[], order: ClaimOrder, showDismissed: boolean): ClaimView[] {
  const shown = showDismissed ? claims : claims.filter((claim) => !claim.isDismissed)
  return order === 'position' ? shown : [...shown].sort((a, b) => b.checkworthiness - a.checkworthiness || a.start - b.start)
}

interface ClaimListProps {
  claims: ClaimView[]
  selectedClaimId: string | null
  onSelectClaim: (claimId: string) => void
}

export function ClaimList({ claims, selectedClaimId, onSelectClaim }: ClaimListProps) {
  if (claims.length === 0) return <p className="px-1 py-6 text-center text-sm text-stone-500">No claims to show.</p>
  return (
    <ol aria-label="Claims" className="divide-y divide-stone-200">
      {claims.map((claim) => (
        <li key={claim.id}>
          <button
            type="button"
            data-testid="claim-item"
            aria-current={claim.id === selectedClaimId ? 'true' : undefined}
            onClick={() => onSelectClaim(claim.id)}
            className={`block w-full px-2 py-2 text-left text-sm hover:bg-stone-50 ${claim.id === selectedClaimId ? 'bg-indigo-50' : ''}`}
          >
            <span className="mb-0.5 flex items-center gap-2 text-xs">
              <span className={`rounded px-1.5 py-0.5 ${KIND_STYLES[claim.kind].badge}`}>{KIND_STYLES[claim.kind].label}</span>
              <span className="tabular-nums text-stone-600" title="Check-worthiness">
                {claim.checkworthiness.toFixed(2)}
              </span>
              {claim.quantities.length > 0 && <span className="text-stone-600">{claim.quantities.length} figure{claim.quantities.length === 1 ? '' : 's'}</span>}
              {claim.isDismissed && <span className="text-stone-600">dismissed</span>}
            </span>
            <span className={`line-clamp-2 ${claim.isDismissed ? 'italic text-stone-600' : 'text-stone-800'}`}>{claim.quote}</span>
          </button>
        </li>
      ))}
    </ol>
  )
}
