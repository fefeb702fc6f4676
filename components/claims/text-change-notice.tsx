'use client'
import { DiffParts } from '@/components/revisions/diff-parts'
import { Button } from '@/components/ui/button'
import { formatDate } from '@/lib/text/format'
import { wordDiff } from '@/lib/text/word-diff'

// An edit changed what this claim says: the wording it was reviewed on beside the
// new one, until a reviewer marks the new wording as seen.
export function TextChangeNotice({ previousQuote, quote, at, canAcknowledge, isPending, onAcknowledge }: { previousQuote: string; quote: string; at: string; canAcknowledge: boolean; isPending: boolean; onAcknowledge: () => void }) {
  return (
    <section aria-label="Text changed since review" className="space-y-2 rounded-md border border-rose-200 bg-rose-50 p-3 text-sm" data-testid="text-change">
      <p className="font-medium text-rose-900">Text changed since review ({formatDate(new Date(at))}) — check it again</p>
      <div className="grid grid-cols-2 gap-2 font-serif">
        <figure>
          <figcaption className="font-sans text-xs uppercase tracking-wide text-stone-500">Reviewed wording</figcaption>
          <p data-testid="previous-quote">{previousQuote}</p>
        </figure>
        <figure>
          <figcaption className="font-sans text-xs uppercase tracking-wide text-stone-500">Now</figcaption>
          <p>
            <DiffParts parts={wordDiff(previousQuote, quote)} />
          </p>
        </figure>
      </div>
      {canAcknowledge && (
        <Button variant="secondary" disabled={isPending} onClick={onAcknowledge}>
          I have checked the new wording
        </Button>
      )}
    </section>
  )
}
