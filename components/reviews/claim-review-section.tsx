'use client'
import { Alert } from '@/components/ui/alert'
import { AssigneeSelect } from './assignee-select'
import { RatingAggregateView } from './rating-aggregate'
import { RatingForm } from './rating-form'
import { RatingHistory, RatingItem } from './rating-list'
import { StatusControls } from './status-controls'
import { useClaimReview } from './use-claim-review'

export interface ClaimReviewSectionProps {
  workspaceId: string
  claimId: string
  // The claim's version as the page knows it: when it moves on, the section reloads.
  claimVersion: number
  // REVIEWER and up: rate, start a review, propose a verdict.
  canReview: boolean
  // EDITOR and up: verify, reopen, assign.
  canDecide: boolean
  members: { id: string; name: string }[]
  onChanged?: () => void
  // Changes when the page learns of changes by others (live updates): reload then.
  refreshKey?: string
}

// A claim's review: what the reviewers say (distribution, confidence, agreement), my
// rating, theirs and the history, the workflow status and verdict, and the assignee.
export function ClaimReviewSection({ workspaceId, claimId, claimVersion, canReview, canDecide, members, onChanged, refreshKey }: ClaimReviewSectionProps) {
  const url = `/api/workspaces/${workspaceId}/claims/${claimId}`
  const { review, error, reload } = useClaimReview(`${url}/review`, claimVersion, refreshKey)
  const changed = () => {
    reload()
    onChanged?.()
  }
  const headingId = `review-heading-${claimId}`

  return (
    <section aria-labelledby={headingId} data-testid="claim-review" className="space-y-4">
      <h3 id={headingId} className="text-xs font-semibold uppercase tracking-wide text-stone-500">
        Review
      </h3>
      {error && (
        <Alert>
          {error}{' '}
          <button type="button" className="font-medium underline" onClick={reload}>
            Try again
          </button>
        </Alert>
      )}
      {!review && !error && (
        <p className="text-sm text-stone-500" role="status">
          Loading the review…
        </p>
      )}
      {review && (
        <>
          <StatusControls key={`${claimId}-${review.claim.version}`} url={url} review={review} canReview={canReview} canDecide={canDecide} onChanged={changed} />
          {canDecide ? (
            <AssigneeSelect url={url} claimId={claimId} version={review.claim.version} assignee={review.claim.assignee} members={review.assignableMembers.length ? review.assignableMembers : members} onChanged={changed} />
          ) : (
            <p className="text-sm text-stone-700">Assignee: {review.claim.assignee?.name ?? 'nobody'}</p>
          )}
          <RatingAggregateView aggregate={review.aggregate} />
          {canReview && <RatingForm key={`${claimId}-${review.myRating?.id ?? 'new'}`} url={url} claimId={claimId} myRating={review.myRating} onSaved={changed} />}
          {review.ratings.some((rating) => !rating.isMine) && (
            <div className="space-y-2">
              <h4 className="text-sm font-medium text-stone-800">{canReview ? 'Other reviewers' : 'Ratings'}</h4>
              <ul className="space-y-2">
                {review.ratings
                  .filter((rating) => !rating.isMine)
                  .map((rating) => (
                    <RatingItem key={rating.id} rating={rating} />
                  ))}
              </ul>
            </div>
          )}
          <RatingHistory history={review.history} />
        </>
      )}
    </section>
  )
}
