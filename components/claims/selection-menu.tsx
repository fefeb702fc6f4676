'use client'
import { Button } from '@/components/ui/button'
import type { TextSelection } from '@/components/editor/use-document-editor'

// What can be done with selected text: a new claim, or the words an orphan belongs to.
// A selection of nothing but spaces is refused here, before any request.
export function SelectionMenu({ selection, isReattaching, isPending, onAct }: { selection: TextSelection; isReattaching: boolean; isPending: boolean; onAct: (kind: 'claim' | 'reattach') => void }) {
  return (
    <div role="toolbar" aria-label="Selection" className="sticky top-2 z-10 mb-2 flex items-center gap-2 rounded-md border border-stone-200 bg-white px-3 py-2 text-sm shadow">
      {selection.isBlank ? (
        <span role="alert" className="text-red-700">
          The selection is only spaces: select the words of a claim.
        </span>
      ) : (
        <>
          <span className="text-stone-600">Selected {selection.end - selection.start} characters</span>
          {isReattaching ? (
            <Button onClick={() => onAct('reattach')} disabled={isPending}>
              Re-attach here
            </Button>
          ) : (
            <Button onClick={() => onAct('claim')} disabled={isPending}>
              New claim
            </Button>
          )}
        </>
      )}
    </div>
  )
}
