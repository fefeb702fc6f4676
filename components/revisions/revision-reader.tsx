'use client'
import { useState } from 'react'
import { AnnotatedText } from '@/components/claims/annotated-text'
import { KIND_STYLES } from '@/components/claims/claim-styles'
import { ClaimList } from '@/components/claims/claim-list'
import type { Line } from '@/components/claims/line-buckets'
import type { ClaimView } from '@/lib/claims/find-claims'
import { formatQuantity } from '@/lib/claims/format-quantity'

interface RevisionReaderProps {
  text: string
  blocks: Line[] | null
  claims: ClaimView[]
}

// A past revision with its claims as they stood: clicking one shows its wording and
// figures as they were then. Nothing here changes anything.
export function RevisionReader({ text, blocks, claims }: RevisionReaderProps) {
  const [selectedClaimId, setSelectedClaimId] = useState<string | null>(null)
  const visible = claims.filter((claim) => !claim.isDismissed)
  const selected = visible.find((claim) => claim.id === selectedClaimId) ?? null
  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <AnnotatedText text={text} blocks={blocks} claims={claims} selectedClaimId={selectedClaimId} onSelectClaim={setSelectedClaimId} />
      <aside aria-label="Claims panel" className="h-fit space-y-4 lg:sticky lg:top-4">
        {selected && (
          <section aria-label="Selected claim" data-testid="claim-details" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
            <blockquote className="border-l-4 border-indigo-300 pl-3 font-serif text-stone-800">{selected.quote}</blockquote>
            <p className="text-xs">
              <span className={`rounded px-1.5 py-0.5 ${KIND_STYLES[selected.kind].badge}`}>{KIND_STYLES[selected.kind].label}</span>
              <span className="ml-2 text-stone-600">check-worthiness {selected.checkworthiness.toFixed(2)}</span>
            </p>
            {selected.quantities.length > 0 && (
              <div>
                <h3 className="text-xs font-semibold uppercase tracking-wide text-stone-500">Quantities</h3>
                <ul className="mt-1 space-y-1 text-sm">
                  {selected.quantities.map((quantity) => (
                    <li key={quantity.id} data-testid="quantity">
                      <span className="font-mono text-stone-500">“{quantity.text}”</span> → <span className="font-medium">{formatQuantity(quantity)}</span>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </section>
        )}
        <div className="rounded-lg border border-stone-200 bg-white">
          <p className="border-b border-stone-200 px-3 py-2 text-xs font-semibold text-stone-800">{visible.length} claims in this revision</p>
          <div className="max-h-[60vh] overflow-y-auto">
            <ClaimList claims={visible} selectedClaimId={selectedClaimId} onSelectClaim={setSelectedClaimId} />
          </div>
        </div>
      </aside>
    </div>
  )
}
