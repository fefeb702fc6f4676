import Link from 'next/link'
import { formatDate } from '@/lib/text/format'
import type { EvidenceItemData } from './types'

type QuoteCheck = EvidenceItemData['quoteCheck']

const TONES: Record<QuoteCheck['state'], string> = {
  found: 'text-emerald-800',
  'figure-differs': 'rounded bg-amber-100 px-2 py-1 text-amber-950',
  'not-found': 'rounded bg-red-100 px-2 py-1 text-red-900',
  pending: 'text-stone-600',
  unarchived: 'text-stone-600',
  unchecked: 'text-stone-600',
}

// Where the quote stands in the source as archived: found (a link to that place in the
// source reader), not found or found with another figure (a warning the reviewer sees
// first), or why it could not be looked for yet.
export function QuoteCheckLine({ check }: { check: QuoteCheck }) {
  const archived = check.snapshot && `snapshot ${check.snapshot.number}, archived ${formatDate(check.snapshot.archivedAt)}`
  return (
    <p data-testid="quote-check" data-state={check.state} className={`flex flex-wrap items-baseline gap-x-2 text-xs ${TONES[check.state]}`}>
      {check.isFlagged && <span className="font-bold uppercase tracking-wide">{check.state === 'not-found' ? 'Not found' : 'Check the figure'}</span>}
      {check.href && check.state === 'found' ? (
        <Link href={check.href} className="font-medium underline underline-offset-2">
          {check.label}
        </Link>
      ) : (
        <span className={check.isFlagged ? 'font-medium' : undefined}>{check.label}</span>
      )}
      {check.state === 'found' && archived && <span className="text-stone-500">({archived})</span>}
      {check.href && check.state !== 'found' && (
        <Link href={check.href} className="underline underline-offset-2">
          {check.state === 'figure-differs' ? 'see where' : 'open the archived copy'}
        </Link>
      )}
    </p>
  )
}
