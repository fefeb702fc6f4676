import type { RatingView } from '@/lib/reviews/find-claim-review'
import { VERDICT_LABELS } from '@/lib/reviews/verdicts'
import { VERDICT_COLORS } from './verdict-styles'

const formatDate = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })

export function RatingItem({ rating }: { rating: RatingView }) {
  return (
    <li className="space-y-1 rounded-md border border-stone-200 bg-white px-3 py-2 text-sm" data-testid="rating">
      <p className="flex flex-wrap items-center gap-2">
        <span className="font-medium text-stone-900">{rating.reviewerName}</span>
        <span className={`rounded px-1.5 py-0.5 text-xs ${VERDICT_COLORS[rating.verdict].badge}`}>{VERDICT_LABELS[rating.verdict]}</span>
        <span className="text-xs text-stone-600">confidence {rating.confidence}/5</span>
        <time dateTime={rating.createdAt} className="text-xs text-stone-500">
          {formatDate(rating.createdAt)}
        </time>
      </p>
      <p className="whitespace-pre-wrap text-stone-700">{rating.rationale}</p>
    </li>
  )
}

// Ratings that were replaced, newest first; closed by default (a native disclosure,
// so it opens with the keyboard).
export function RatingHistory({ history }: { history: RatingView[] }) {
  if (history.length === 0) return null
  return (
    <details className="text-sm" data-testid="rating-history">
      <summary className="cursor-pointer text-stone-700 hover:text-stone-900">Rating history ({history.length} earlier)</summary>
      <ul className="mt-2 space-y-2">
        {history.map((rating) => (
          <RatingItem key={rating.id} rating={rating} />
        ))}
      </ul>
    </details>
  )
}
