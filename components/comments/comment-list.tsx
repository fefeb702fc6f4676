import type { CommentView } from '@/lib/comments/find-comments'
import { formatDate } from '@/lib/text/format'
import { CommentHtml } from './comment-html'

// The document's comment threads beside the text: each first comment, rendered from
// its Markdown subset (escaped HTML, see CommentHtml), with how many replies it has.
export function CommentList({ comments }: { comments: CommentView[] }) {
  if (comments.length === 0) return null
  return (
    <section aria-labelledby="comments-heading" className="rounded-lg border border-stone-200 bg-white">
      <h2 id="comments-heading" className="border-b border-stone-200 px-3 py-2 text-xs font-semibold text-stone-800">
        {comments.length} {comments.length === 1 ? 'comment' : 'comments'}
      </h2>
      <ul className="max-h-[40vh] divide-y divide-stone-100 overflow-y-auto">
        {comments.map((comment) => (
          <li key={comment.id} className="space-y-1 px-3 py-2 text-sm" data-testid="comment" data-resolved={comment.isResolved || undefined}>
            {comment.lastQuote && <p className={`border-l-2 pl-2 font-serif text-xs ${comment.isOrphaned ? 'border-rose-300 text-rose-900' : 'border-sky-300 text-stone-600'}`}>“{comment.lastQuote}”{comment.isOrphaned && ' — these words were removed in an edit'}</p>}
            {comment.isDeleted ? <p className="italic text-stone-500">Comment deleted</p> : <CommentHtml html={comment.html} />}
            <p className="text-xs text-stone-500">
              {comment.isDeleted ? '' : `${comment.author} · `}
              {formatDate(new Date(comment.createdAt))}
              {comment.isEdited && ' · edited'}
              {comment.replies.length > 0 && ` · ${comment.replies.length} ${comment.replies.length === 1 ? 'reply' : 'replies'}`}
              {comment.isResolved && ' · resolved'}
            </p>
          </li>
        ))}
      </ul>
    </section>
  )
}
