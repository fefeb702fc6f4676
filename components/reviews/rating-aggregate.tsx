import type { RatingAggregate } from '@/lib/reviews/aggregate-ratings'
import { VERDICT_LABELS } from '@/lib/reviews/verdicts'
import { VERDICT_COLORS } from './verdict-styles'

// The distribution of current ratings, one bar per verdict, with mean confidence and
// agreement. A split is said in words, not averaged away.
export function RatingAggregateView({ aggregate }: { aggregate: RatingAggregate }) {
  if (aggregate.count === 0) return <p className="text-sm text-stone-600">No ratings yet.</p>
  const widest = Math.max(...aggregate.distribution.map((entry) => entry.count))
  return (
    <div className="space-y-2" data-testid="rating-aggregate">
      <p className="flex flex-wrap gap-x-3 gap-y-1 text-sm text-stone-700">
        <span>
          {aggregate.count} {aggregate.count === 1 ? 'reviewer' : 'reviewers'}
        </span>
        <span>mean confidence {aggregate.meanConfidence?.toFixed(2)} / 5</span>
        <span data-testid="rating-agreement">agreement {Math.round((aggregate.agreement ?? 0) * 100)}%</span>
        {aggregate.isSplit && (
          <span className="rounded bg-amber-100 px-1.5 text-amber-900" data-testid="reviewers-disagree">
            reviewers disagree
          </span>
        )}
      </p>
      <dl className="space-y-0.5 text-xs">
        {aggregate.distribution.map(({ verdict, count }) => (
          <div key={verdict} className="grid grid-cols-[9.5rem_1fr_1.5rem] items-center gap-2">
            <dt className="truncate text-stone-700">{VERDICT_LABELS[verdict]}</dt>
            <div className="h-2.5 rounded-sm bg-stone-100" aria-hidden="true">
              {count > 0 && <div className={`h-full rounded-sm ${VERDICT_COLORS[verdict].bar}`} style={{ width: `${(count / widest) * 100}%` }} />}
            </div>
            <dd className="text-right tabular-nums text-stone-700">
              <span className="sr-only">{VERDICT_LABELS[verdict]}: </span>
              {count}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  )
}
