import type { Highlight } from '@/components/editor/claim-highlights'
import type { ClaimView } from '@/lib/claims/find-claims'
import type { CommentView } from '@/lib/comments/find-comments'
import { formatQuantity } from '@/lib/claims/format-quantity'
import { KIND_STYLES, scoreOpacity, STATUS_STYLES } from './claim-styles'

// How each claim anchored in the text is drawn: by status, the selected one as one
// continuous band, a claim whose words changed since review outlined in red.
export function highlightsOf(claims: readonly ClaimView[], selectedClaimId: string | null): Highlight[] {
  return claims
    .filter((claim) => !claim.isDismissed && !claim.isOrphaned)
    .map((claim) => {
      const status = STATUS_STYLES[claim.status]
      const className = [
        'cursor-pointer rounded-sm box-decoration-clone text-inherit',
        claim.id === selectedClaimId ? 'bg-indigo-200 ring-1 ring-indigo-400' : `${status.mark} ${scoreOpacity(claim.checkworthiness)}`,
        claim.textChange ? 'outline outline-1 outline-rose-500' : '',
      ].join(' ')
      const figures = claim.quantities.map((quantity) => formatQuantity(quantity))
      const title = [`${status.label} · ${KIND_STYLES[claim.kind].label}`, claim.textChange ? 'text changed since review' : null, ...figures].filter(Boolean).join('\n')
      return {
        id: claim.id,
        start: claim.start,
        end: claim.end,
        className,
        title,
        figures: claim.quantities.map((quantity) => ({ start: quantity.start, end: quantity.end, title: formatQuantity(quantity) })),
        isClickable: true,
      }
    })
}

// Commented words get a dotted underline; hovering shows the comment.
export function commentHighlightsOf(comments: readonly Pick<CommentView, 'id' | 'author' | 'body' | 'anchor'>[]): Highlight[] {
  return comments.flatMap((comment) =>
    comment.anchor
      ? [{ id: `comment-${comment.id}`, start: comment.anchor.start, end: comment.anchor.end, className: 'underline decoration-sky-600 decoration-dotted decoration-2 underline-offset-4', title: `${comment.author}: ${comment.body}`, figures: [], isClickable: false }]
      : [],
  )
}
