'use client'
import { useState } from 'react'
import { CommentForm } from '@/components/comments/comment-form'
import type { TextSelection } from '@/components/editor/use-document-editor'
import { Button } from '@/components/ui/button'

interface SelectionMenuProps {
  selection: TextSelection
  canEditClaims: boolean
  canComment: boolean
  isReattaching: boolean
  isPending: boolean
  onAct: (action: { kind: 'claim' } | { kind: 'reattach' } | { kind: 'comment'; body: string }) => void
}

// What can be done with selected text: a new claim, a comment, or the words an orphan
// belongs to. A selection of nothing but spaces is refused here, before any request.
export function SelectionMenu({ selection, canEditClaims, canComment, isReattaching, isPending, onAct }: SelectionMenuProps) {
  const [isCommenting, setCommenting] = useState(false)
  return (
    <div role="toolbar" aria-label="Selection" className="sticky top-2 z-10 mb-2 flex flex-wrap items-center gap-2 rounded-md border border-stone-200 bg-white px-3 py-2 text-sm shadow">
      {selection.isBlank ? (
        <span role="alert" className="text-red-700">
          The selection is only spaces: select some words.
        </span>
      ) : isCommenting ? (
        <CommentForm isPending={isPending} onPost={(body) => onAct({ kind: 'comment', body })} onClose={() => setCommenting(false)} />
      ) : (
        <>
          <span className="text-stone-600">Selected {selection.end - selection.start} characters</span>
          {canEditClaims && isReattaching && (
            <Button onClick={() => onAct({ kind: 'reattach' })} disabled={isPending}>
              Re-attach here
            </Button>
          )}
          {canEditClaims && !isReattaching && (
            <Button onClick={() => onAct({ kind: 'claim' })} disabled={isPending}>
              New claim
            </Button>
          )}
          {canComment && (
            <Button variant="secondary" onClick={() => setCommenting(true)} disabled={isPending}>
              Comment
            </Button>
          )}
        </>
      )}
    </div>
  )
}
