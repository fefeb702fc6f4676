'use client'
import type { Editor } from '@tiptap/core'
import { useEffect, useState } from 'react'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { useApiAction } from '@/components/ui/use-api-action'
import type { ReanchorSummary } from '@/lib/claims/apply-reanchoring'
import { ApiError, apiRequest } from '@/lib/http/api-client'
import { ConflictPanel, type MergeProposal } from './conflict-panel'
import { EditorToolbar } from './editor-toolbar'

interface EditBarProps {
  editor: Editor
  revisionsUrl: string
  revisionNumber: number
  isDirty: boolean
  onSaved: (saved: { revision: { number: number }; summary: ReanchorSummary | null }) => void
  onCancel: () => void
}

// Formatting, Save and Cancel for the text being edited. A save against a revision
// someone replaced meanwhile gets the merge of both versions to continue from.
export function EditBar({ editor, revisionsUrl, revisionNumber, isDirty, onSaved, onCancel }: EditBarProps) {
  const { run, isPending, error } = useApiAction()
  const [baseNumber, setBaseNumber] = useState(revisionNumber)
  const [proposal, setProposal] = useState<MergeProposal | null>(null)
  const [mergeError, setMergeError] = useState<string | null>(null)

  // Closing the tab with unsaved words asks first.
  useEffect(() => {
    if (!isDirty) return
    const warn = (event: BeforeUnloadEvent) => event.preventDefault()
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [isDirty])

  async function save() {
    const content = editor.getJSON()
    const saved = await run(async () => {
      try {
        return await apiRequest<{ revision: { number: number }; summary: ReanchorSummary | null }>('POST', revisionsUrl, { baseNumber, content })
      } catch (caught) {
        if (caught instanceof ApiError && caught.status === 409 && caught.details.latestNumber) {
          setProposal(await apiRequest<MergeProposal>('POST', `${revisionsUrl}/merge`, { baseNumber, content }).catch((failed: unknown) => {
            setMergeError(failed instanceof Error ? failed.message : 'The merge could not be prepared.')
            return null
          }))
        }
        throw caught
      }
    })
    if (saved) onSaved(saved)
  }

  function useMerge() {
    if (!proposal) return
    editor.commands.setContent(proposal.merged.content as Parameters<Editor['commands']['setContent']>[0])
    setBaseNumber(proposal.theirs.number)
    setProposal(null)
  }

  return (
    <div className="sticky top-0 z-20 mb-3 space-y-2 rounded-md border border-stone-200 bg-white/95 p-2 shadow-sm backdrop-blur">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <EditorToolbar editor={editor} />
        <div className="flex items-center gap-2">
          <span className="text-xs text-stone-500" aria-live="polite">
            {isDirty ? 'Unsaved changes' : 'No changes yet'}
          </span>
          <Button variant="secondary" onClick={onCancel} disabled={isPending}>
            Cancel
          </Button>
          <Button onClick={save} disabled={isPending || !isDirty}>
            {isPending ? 'Saving…' : `Save as revision ${baseNumber + 1}`}
          </Button>
        </div>
      </div>
      {error && !proposal && <Alert>{error}</Alert>}
      {mergeError && <Alert>{mergeError}</Alert>}
      {proposal && <ConflictPanel proposal={proposal} onUseMerge={useMerge} onDiscardMine={onCancel} />}
    </div>
  )
}
