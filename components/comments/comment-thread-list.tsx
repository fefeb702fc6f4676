'use client'
import { useSearchParams } from 'next/navigation'
import { useEffect, useState } from 'react'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { LoadMoreButton } from '@/components/ui/load-more-button'
import { useApiAction } from '@/components/ui/use-api-action'
import type { CommentPage } from '@/lib/comments/find-comment-page'
import type { CommentView } from '@/lib/comments/find-comments'
import { apiRequest } from '@/lib/http/api-client'
import type { MentionCandidate } from '@/lib/markdown/mentions'
import { CommentComposer } from './comment-composer'
import { CommentItem } from './comment-item'

const THREADS_PAGE_SIZE = 20
// The most a reload reads at once (the route's own bound).
const MAX_THREADS_AT_ONCE = 200

const withQuery = (url: string, query: string) => `${url}${url.includes('?') ? '&' : '?'}${query}`

export interface CommentThreadsProps {
  workspaceId: string
  documentId: string
  // Only this claim's threads, and new comments go on it.
  claimId?: string
  currentUserId: string
  members: MentionCandidate[]
  // Reviewers and up: post, reply, resolve, edit and delete their own.
  canComment: boolean
  // Editors and up: also delete anyone's comment.
  canModerate: boolean
  onChanged?: () => void
  // Bump it to reload the threads (e.g. when a live update says comments changed).
  refreshKey?: number
}

// Comment threads of a document or of one claim: each thread's first comment with its
// replies, resolved threads folded away, and a composer at the bottom.
export function CommentThreads({ workspaceId, documentId, claimId, currentUserId, members, canComment, canModerate, onChanged, refreshKey = 0 }: CommentThreadsProps) {
  const base = `/api/workspaces/${workspaceId}`
  const url = `${base}/documents/${documentId}/comments${claimId ? `?claimId=${encodeURIComponent(claimId)}` : ''}`
  // State remembers the list it belongs to, so switching claims never shows stale threads.
  const [loaded, setLoaded] = useState<{ url: string; threads: CommentView[] | null; nextCursor: string | null; error: string | null } | null>(null)
  const [more, setMore] = useState<{ isLoading: boolean; error: string | null; pages: number }>({ isLoading: false, error: null, pages: 0 })
  const linkedComment = useSearchParams().get('comment')
  const [reloads, setReloads] = useState(0)
  const [openResolved, setOpenResolved] = useState<ReadonlySet<string>>(new Set())
  const [replyingTo, setReplyingTo] = useState<string | null>(null)
  const action = useApiAction()
  const threads = loaded?.url === url ? loaded.threads : null
  const loadError = loaded?.url === url ? loaded.error : null

  // A reload (after a change, or a live update) reads the first page again, as many
  // threads as were shown, so the threads loaded with "Load more" stay in view.
  const shown = loaded?.url === url ? (loaded.threads?.length ?? 0) : 0
  const reloadLimit = Math.min(MAX_THREADS_AT_ONCE, Math.max(THREADS_PAGE_SIZE, shown))
  useEffect(() => {
    let isCurrent = true
    apiRequest<CommentPage>('GET', withQuery(url, `limit=${reloadLimit}`)).then(
      ({ comments, nextCursor }) => isCurrent && setLoaded({ url, threads: comments, nextCursor, error: null }),
      (caught: unknown) => {
        const error = caught instanceof Error ? caught.message : 'Could not load the comments.'
        if (isCurrent) setLoaded((previous) => ({ url, threads: previous?.url === url ? previous.threads : null, nextCursor: previous?.url === url ? previous.nextCursor : null, error }))
      },
    )
    return () => {
      isCurrent = false
    }
    // reloadLimit is read at each reload, not a reason for one
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [url, reloads, refreshKey])

  async function loadMore() {
    const cursor = loaded?.url === url ? loaded.nextCursor : null
    if (!cursor || more.isLoading) return
    setMore((previous) => ({ ...previous, isLoading: true, error: null }))
    try {
      const page = await apiRequest<CommentPage>('GET', withQuery(url, `limit=${THREADS_PAGE_SIZE}&cursor=${encodeURIComponent(cursor)}`))
      setLoaded((previous) => (previous?.url === url && previous.nextCursor === cursor ? { ...previous, threads: [...(previous.threads ?? []), ...page.comments], nextCursor: page.nextCursor } : previous))
      setMore((previous) => ({ isLoading: false, error: null, pages: previous.pages + 1 }))
    } catch (caught) {
      setMore((previous) => ({ ...previous, isLoading: false, error: caught instanceof Error ? caught.message : 'Could not load more comments.' }))
    }
  }

  // Whatever the answer (a 409 means someone changed it), show what the server has now.
  async function run(call: () => Promise<unknown>): Promise<boolean> {
    const result = await action.run(async () => {
      await call()
      return true
    })
    setReloads((count) => count + 1)
    if (result) onChanged?.()
    return result === true
  }

  const toggleResolved = (id: string) =>
    setOpenResolved((previous) => {
      const next = new Set(previous)
      if (!next.delete(id)) next.add(id)
      return next
    })

  const itemProps = { workspaceId, currentUserId, members, canComment, canModerate, isPending: action.isPending, run }
  const headingId = `comments-heading-${claimId ?? documentId}`

  return (
    <section aria-labelledby={headingId} data-testid="comment-threads" className="space-y-3">
      <h3 id={headingId} className="text-xs font-semibold uppercase tracking-wide text-stone-500">
        Comments{threads ? ` (${threads.length}${loaded?.nextCursor ? '+' : ''})` : ''}
      </h3>
      {action.error && <Alert>{action.error}</Alert>}
      {loadError && (
        <Alert title="The comments could not be loaded">
          {loadError}{' '}
          <button type="button" className="underline" onClick={() => setReloads((count) => count + 1)}>
            Try again
          </button>
        </Alert>
      )}
      {!threads && !loadError && <p className="text-sm text-stone-500">Loading comments…</p>}
      {threads?.length === 0 && <p className="text-sm text-stone-500">No comments yet.{canComment ? ' Start the discussion below.' : ''}</p>}
      {threads && threads.length > 0 && (
        <ol className="space-y-3">
          {threads.map((thread) => {
            // A resolved thread opens when a link names one of its comments.
            const isLinked = linkedComment !== null && (thread.id === linkedComment || thread.replies.some((reply) => reply.id === linkedComment))
            const isFolded = thread.isResolved && !openResolved.has(thread.id) && !isLinked
            return (
              <li key={thread.id} data-testid="comment-thread" data-resolved={thread.isResolved || undefined} className={`space-y-2 rounded-md border p-2 ${thread.isResolved ? 'border-emerald-200 bg-emerald-50/40' : 'border-stone-200 bg-white'}`}>
                {thread.isResolved && (
                  <div className="flex items-center justify-between gap-2 text-xs text-emerald-900">
                    <span>
                      Resolved{thread.resolvedBy ? ` by ${thread.resolvedBy}` : ''} · {1 + thread.replies.length} {thread.replies.length ? 'comments' : 'comment'}
                    </span>
                    <Button variant="ghost" className="px-1.5 py-0.5 text-xs" aria-expanded={!isFolded} onClick={() => toggleResolved(thread.id)}>
                      {isFolded ? 'Show thread' : 'Hide thread'}
                    </Button>
                  </div>
                )}
                {!isFolded && (
                  <>
                    {thread.lastQuote && !claimId && <p className={`border-l-2 pl-2 font-serif text-xs ${thread.isOrphaned ? 'border-rose-300 text-rose-900' : 'border-sky-300 text-stone-600'}`}>“{thread.lastQuote}”{thread.isOrphaned && ' — these words were removed in an edit'}</p>}
                    <CommentItem comment={thread} {...itemProps} />
                    {thread.replies.length > 0 && (
                      <ol className="space-y-2 border-l-2 border-stone-100 pl-3">
                        {thread.replies.map((reply) => (
                          <li key={reply.id}>
                            <CommentItem comment={reply} {...itemProps} />
                          </li>
                        ))}
                      </ol>
                    )}
                    {canComment && (
                      <div className="flex gap-1">
                        {replyingTo !== thread.id && (
                          <Button variant="secondary" className="px-2 py-0.5 text-xs" onClick={() => setReplyingTo(thread.id)} disabled={action.isPending}>
                            Reply
                          </Button>
                        )}
                        <Button variant="ghost" className="px-2 py-0.5 text-xs" disabled={action.isPending} onClick={() => void run(() => apiRequest(thread.isResolved ? 'DELETE' : 'POST', `${base}/comments/${thread.id}/resolution`))}>
                          {thread.isResolved ? 'Reopen' : 'Resolve'}
                        </Button>
                      </div>
                    )}
                    {canComment && replyingTo === thread.id && (
                      <CommentComposer
                        label="Reply"
                        members={members}
                        submitLabel="Post reply"
                        isPending={action.isPending}
                        error={action.fieldErrors.body}
                        autoFocus
                        onSubmit={async (body) => {
                          const isPosted = await run(() => apiRequest('POST', `${base}/documents/${documentId}/comments`, { body, parentId: thread.id }))
                          if (isPosted) setReplyingTo(null)
                          return isPosted
                        }}
                        onCancel={() => setReplyingTo(null)}
                      />
                    )}
                  </>
                )}
              </li>
            )
          })}
        </ol>
      )}
      {threads && threads.length > 0 && <LoadMoreButton hasMore={Boolean(loaded?.nextCursor)} isLoading={more.isLoading} error={more.error} onLoadMore={() => void loadMore()} noun="comments" hasLoadedMore={more.pages > 0} />}
      {canComment && (
        // the "c" shortcut (claim-shortcuts.ts) lands here, on the selected claim's composer
        <div data-shortcut={claimId ? 'comment' : undefined}>
        <CommentComposer
          label={claimId ? 'Comment on this claim' : 'Comment on this document'}
          members={members}
          submitLabel="Post comment"
          isPending={action.isPending}
          error={action.fieldErrors.body}
          onSubmit={(body) => run(() => apiRequest('POST', `${base}/documents/${documentId}/comments`, { body, ...(claimId ? { claimId } : {}) }))}
        />
        </div>
      )}
    </section>
  )
}
