'use client'
import { useSearchParams } from 'next/navigation'
import { useEffect, useRef, useState } from 'react'
import { Button } from '@/components/ui/button'
import type { CommentEditView } from '@/lib/comments/find-comment-history'
import type { CommentView } from '@/lib/comments/find-comments'
import { apiRequest } from '@/lib/http/api-client'
import type { MentionCandidate } from '@/lib/markdown/mentions'
import { formatDate } from '@/lib/text/format'
import { CommentComposer } from './comment-composer'
import { CommentHtml } from './comment-html'

export interface CommentItemProps {
  workspaceId: string
  comment: CommentView
  currentUserId: string
  members: MentionCandidate[]
  canComment: boolean
  canModerate: boolean
  isPending: boolean
  // Runs one API call for the list (one at a time, errors shown by the list).
  run: (call: () => Promise<unknown>) => Promise<boolean>
}

// One comment: who and when, its rendered words, "edited" with what it said before,
// and Edit and Delete for whoever may. The comment a link names (?comment=, from search
// or the inbox) is scrolled to and marked.
export function CommentItem({ workspaceId, comment, currentUserId, members, canComment, canModerate, isPending, run }: CommentItemProps) {
  const [isEditing, setEditing] = useState(false)
  const isLinked = useSearchParams().get('comment') === comment.id
  const element = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (isLinked) element.current?.scrollIntoView({ block: 'center' })
  }, [isLinked])
  const linkedClass = isLinked ? ' rounded ring-2 ring-amber-400 ring-offset-2' : ''
  const url = `/api/workspaces/${workspaceId}/comments/${comment.id}`
  const isOwn = comment.authorId === currentUserId
  const mayEdit = isOwn && canComment && !comment.isDeleted
  const mayDelete = !comment.isDeleted && ((isOwn && canComment) || canModerate)

  if (comment.isDeleted) {
    return (
      <div ref={element} id={`comment-${comment.id}`} data-testid="comment" className={`py-1 text-sm italic text-stone-500${linkedClass}`}>
        Comment deleted
      </div>
    )
  }

  async function remove() {
    if (!window.confirm('Delete this comment? Replies stay in the thread.')) return
    await run(() => apiRequest('DELETE', url, { version: comment.version }))
  }

  return (
    <div ref={element} id={`comment-${comment.id}`} data-testid="comment" data-linked={isLinked || undefined} className={`space-y-1${linkedClass}`}>
      <div className="flex flex-wrap items-baseline gap-x-2 text-xs text-stone-500">
        <span className="font-medium text-stone-800">{comment.author}</span>
        <time dateTime={comment.createdAt}>{formatDate(comment.createdAt)}</time>
        {comment.isEdited && <EditHistory url={`${url}/edits`} editCount={comment.editCount} />}
      </div>
      {isEditing ? (
        <CommentComposer
          label="Edit your comment"
          members={members}
          submitLabel="Save"
          initialBody={comment.body}
          isPending={isPending}
          autoFocus
          onSubmit={async (body) => {
            const isSaved = await run(() => apiRequest('PATCH', url, { version: comment.version, body }))
            if (isSaved) setEditing(false)
            return isSaved
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <CommentHtml html={comment.html} />
      )}
      {!isEditing && (mayEdit || mayDelete) && (
        <div className="flex gap-1">
          {mayEdit && (
            <Button variant="ghost" className="px-1.5 py-0.5 text-xs" onClick={() => setEditing(true)} disabled={isPending}>
              Edit
            </Button>
          )}
          {mayDelete && (
            <Button variant="ghost" className="px-1.5 py-0.5 text-xs text-red-700" onClick={() => void remove()} disabled={isPending}>
              Delete
            </Button>
          )}
        </div>
      )}
    </div>
  )
}

// The "edited" marker; opening it lists what the comment said before each edit.
function EditHistory({ url, editCount }: { url: string; editCount: number }) {
  const [edits, setEdits] = useState<CommentEditView[] | null>(null)
  const [isOpen, setOpen] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function toggle() {
    setOpen(!isOpen)
    if (isOpen) return
    try {
      setEdits((await apiRequest<{ edits: CommentEditView[] }>('GET', url)).edits)
      setError(null)
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : 'Could not load the history.')
    }
  }

  return (
    <div className="relative inline-block">
      <button type="button" aria-expanded={isOpen} onClick={() => void toggle()} className="rounded text-stone-500 underline decoration-dotted hover:text-stone-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-600">
        edited{editCount > 1 ? ` ${editCount}×` : ''}
      </button>
      {isOpen && (
        <div role="region" aria-label="Earlier versions" className="absolute left-0 top-full z-20 mt-1 w-72 space-y-2 rounded-md border border-stone-200 bg-white p-2 text-stone-700 shadow-lg">
          {error && <p className="text-red-700">{error}</p>}
          {!edits && !error && <p>Loading…</p>}
          {edits?.map((edit) => (
            <div key={edit.id} className="border-b border-stone-100 pb-1 last:border-0" data-testid="comment-edit">
              <p className="text-[0.6875rem] text-stone-500">
                Before {edit.editedBy}’s edit on {formatDate(edit.editedAt)}
              </p>
              <CommentHtml html={edit.html} className="text-xs" />
            </div>
          ))}
        </div>
      )}
    </div>
  )
}
