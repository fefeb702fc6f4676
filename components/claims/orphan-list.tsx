'use client'
import { Button } from '@/components/ui/button'
import type { ClaimView } from '@/lib/claims/find-claims'

interface OrphanListProps {
  orphans: ClaimView[]
  reattachingId: string | null
  canEdit: boolean
  onReattach: (claimId: string | null) => void
}

// Claims whose words an edit removed. They keep their last quote (and everything
// attached to them) until an editor selects the words they now belong to.
export function OrphanList({ orphans, reattachingId, canEdit, onReattach }: OrphanListProps) {
  if (orphans.length === 0) return null
  return (
    <section aria-labelledby="orphans-heading" className="rounded-lg border border-rose-200 bg-white">
      <h2 id="orphans-heading" className="border-b border-rose-200 px-3 py-2 text-xs font-semibold text-rose-900">
        {orphans.length} {orphans.length === 1 ? 'claim' : 'claims'} lost their words in an edit
      </h2>
      <ul className="divide-y divide-stone-100">
        {orphans.map((orphan) => (
          <li key={orphan.id} className="space-y-1 px-3 py-2 text-sm" data-testid="orphan">
            <p className="font-serif text-stone-700">“{orphan.quote}”</p>
            {canEdit &&
              (reattachingId === orphan.id ? (
                <p className="flex items-center gap-2 text-xs text-indigo-900">
                  Select the words it belongs to in the text.
                  <Button variant="ghost" onClick={() => onReattach(null)}>
                    Stop
                  </Button>
                </p>
              ) : (
                <Button variant="secondary" onClick={() => onReattach(orphan.id)}>
                  Re-attach…
                </Button>
              ))}
          </li>
        ))}
      </ul>
    </section>
  )
}
