import { CommentHtml } from '@/components/comments/comment-html'
import type { RevisionComment } from '@/lib/documents/revision-comments'
import { formatDate } from '@/lib/text/format'

// The comments on a selection of a past revision, in text order: the words each was
// about then, who wrote it and what it says.
export function RevisionCommentList({ comments }: { comments: readonly RevisionComment[] }) {
  return (
    <section aria-labelledby="revision-comments-heading" className="rounded-lg border border-stone-200 bg-white">
      <h2 id="revision-comments-heading" className="border-b border-stone-200 px-3 py-2 text-xs font-semibold text-stone-800">
        {comments.length} {comments.length === 1 ? 'comment' : 'comments'} in this revision
      </h2>
      {comments.length > 0 && (
        <ol className="max-h-[40vh] divide-y divide-stone-100 overflow-y-auto" aria-label="Comments in this revision">
          {comments.map((comment) => (
            <li key={comment.id} data-testid="revision-comment" className="space-y-1 px-3 py-2">
              <blockquote className="border-l-2 border-sky-500 pl-2 font-serif text-sm italic text-stone-600">“{comment.quote}”</blockquote>
              <p className="text-xs text-stone-500">
                <span className="font-medium text-stone-700">{comment.author}</span> · <time dateTime={comment.createdAt}>{formatDate(comment.createdAt)}</time>
              </p>
              <CommentHtml html={comment.html} />
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
