import Link from 'next/link'
import { EmptyState } from '@/components/ui/card'
import type { QueueItem, ReviewQueue } from '@/lib/reviews/find-queue'
import { STATUS_LABELS } from '@/lib/reviews/status-workflow'

function QueueList({ workspaceId, title, items, testId }: { workspaceId: string; title: string; items: QueueItem[]; testId: string }) {
  if (items.length === 0) return null
  const headingId = `${testId}-heading`
  return (
    <section aria-labelledby={headingId} className="space-y-2" data-testid={testId}>
      <h2 id={headingId} className="text-sm font-semibold uppercase tracking-wide text-stone-500">
        {title} ({items.length})
      </h2>
      <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
        {items.map((item) => (
          <li key={item.claimId} data-testid="queue-item">
            <Link href={`/w/${workspaceId}/documents/${item.documentId}?claim=${item.claimId}`} className="block px-4 py-3 hover:bg-stone-50 focus:bg-stone-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-600">
              <span className="block font-serif text-stone-900">{item.quote}</span>
              <span className="mt-1 flex flex-wrap gap-x-3 text-xs text-stone-600">
                <span>{item.documentTitle}</span>
                <span>{STATUS_LABELS[item.status]}</span>
                {item.isRatedByMe ? <span className="text-emerald-800">rated by you</span> : <span className="text-amber-800">not rated by you</span>}
                {item.hasPriorCheck && <span className="rounded bg-indigo-50 px-1.5 text-indigo-800">checked before</span>}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}

// My review queue: the claims I was given that are not verified yet, then the claims
// under review that I have not rated, newest first.
export function ReviewQueueView({ workspaceId, queue, canReview, hasPriorCheck = false }: { workspaceId: string; queue: ReviewQueue; canReview: boolean; hasPriorCheck?: boolean }) {
  if (queue.assigned.length === 0 && queue.unrated.length === 0) {
    if (hasPriorCheck) return <EmptyState title="No claim waiting for you was checked before">None of the claims in your queue matches an earlier check of this workspace.</EmptyState>
    return (
      <EmptyState title="Nothing waiting for you">
        {canReview ? 'No claim is assigned to you and you have rated every open claim. New documents will bring new claims here.' : 'Your role only reads. Reviewers see the claims assigned to them and those they have not rated yet here.'}
      </EmptyState>
    )
  }
  return (
    <div className="space-y-8">
      <QueueList workspaceId={workspaceId} title="Assigned to me" items={queue.assigned} testId="queue-assigned" />
      <QueueList workspaceId={workspaceId} title="Not yet rated by me" items={queue.unrated} testId="queue-unrated" />
      {queue.isTruncated && <p className="text-sm text-stone-600">Showing the newest 200 claims; rate these first to see more.</p>}
    </div>
  )
}
