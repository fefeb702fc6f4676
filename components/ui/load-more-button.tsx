'use client'
import { useEffect, useRef } from 'react'
import { Button } from './button'

interface LoadMoreButtonProps {
  hasMore: boolean
  isLoading: boolean
  error: string | null
  onLoadMore: () => void
  // What the list holds, for the end state: "That is all the comments."
  noun: string
  // Whether anything was loaded beyond the first page: the end state is only worth saying then.
  hasLoadedMore: boolean
  // When a page has two paged lists: "Load more invitations".
  label?: string
}

// The foot of a paged list: a "Load more" button, its loading state, an error with a
// retry, and the end of the list. The button is a real <button>, so Enter and Space
// work; when the last page arrives and the button goes, focus moves to the end note
// rather than falling back to the top of the page.
export function LoadMoreButton({ hasMore, isLoading, error, onLoadMore, noun, hasLoadedMore, label = 'Load more' }: LoadMoreButtonProps) {
  const endRef = useRef<HTMLParagraphElement>(null)
  // Whether the last click came from the keyboard focus on the button (not from a pointer elsewhere).
  const hadFocus = useRef(false)
  useEffect(() => {
    if (!hasMore && hadFocus.current) endRef.current?.focus()
  }, [hasMore])

  if (!hasMore && !hasLoadedMore && !error) return null
  return (
    <div className="mt-3 flex flex-col items-center gap-2 text-sm" data-testid="load-more">
      {error && (
        <p role="alert" className="text-red-700">
          {error}
        </p>
      )}
      {hasMore ? (
        <Button
          variant="secondary"
          // aria-disabled, not disabled: a disabled button drops the keyboard focus.
          aria-disabled={isLoading}
          aria-busy={isLoading}
          onClick={(event) => {
            hadFocus.current = document.activeElement === event.currentTarget
            if (!isLoading) onLoadMore()
          }}
        >
          {isLoading ? 'Loading…' : error ? 'Try again' : label}
        </Button>
      ) : (
        hasLoadedMore && (
          <p ref={endRef} tabIndex={-1} className="text-stone-500 outline-none">
            That is all the {noun}.
          </p>
        )
      )}
      <p aria-live="polite" className="sr-only">
        {isLoading ? `Loading more ${noun}…` : ''}
      </p>
    </div>
  )
}
