import { commentHighlightsOf } from '@/components/claims/claim-highlights-of'
import type { Highlight } from '@/components/editor/claim-highlights'
import type { CommentView } from '@/lib/comments/find-comments'
import type { RevisionComment } from '@/lib/documents/revision-comments'

// A comment of a past revision drawn exactly like one on the current document: it is
// handed to commentHighlightsOf as an anchored, live comment at its place then.
export function revisionCommentHighlightsOf(comments: readonly RevisionComment[]): Highlight[] {
  return commentHighlightsOf(comments.map(asCommentView))
}

function asCommentView(comment: RevisionComment): CommentView {
  return {
    id: comment.id,
    claimId: null,
    parentId: null,
    authorId: '',
    author: comment.author,
    body: comment.body,
    html: comment.html,
    createdAt: comment.createdAt,
    version: 0,
    isEdited: false,
    editedAt: null,
    editCount: 0,
    isDeleted: false,
    mentionedUserIds: [],
    anchor: { start: comment.start, end: comment.end, quote: comment.quote },
    isOrphaned: false,
    lastQuote: comment.quote,
    isResolved: false,
    resolvedAt: null,
    resolvedBy: null,
    replies: [],
  }
}
