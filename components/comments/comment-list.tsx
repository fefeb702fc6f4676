import type { CommentView } from '@/lib/comments/find-comments'
import { formatDate } from '@/lib/text/format'

// The document's comments; bodies are plain text, rendered as text.
export function CommentList({ comments }: { comments: CommentView[] }) {
  if (comments.length === 0) return null
  return (
    <section aria-labelledby="comments-heading" className="rounded-lg border border-stone-200 bg-white">
      <h2 id="comments-heading" className="border-b border-stone-200 px-3 py-2 text-xs font-semibold text-stone-800">
        {comments.length} {comments.length === 1 ? 'comment' : 'comments'}
      </h2>
      <ul className="max-h-[40vh] divide-y divide-stone-100 overflow-y-auto">
        {comments.map((comment) => (
          <li key={comment.id} className="space-y-1 px-3 py-2 text-sm" data-testid="comment">
            {comment.lastQuote && <p className={`border-l-2 pl-2 font-serif text-xs ${comment.isOrphaned ? 'border-rose-300 text-rose-900' : 'border-sky-300 text-stone-600'}`}>“{comment.lastQuote}”{comment.isOrphaned && ' — these words were removed in an edit'}</p>}
            <p className="whitespace-pre-wrap text-stone-800">{comment.body}</p>
            <p className="text-xs text-stone-500">
              {comment.author} · {formatDate(new Date(comment.createdAt))}
            </p>
          </li>
        ))}
      </ul>
    </section>
  )
}
