'use client'
import { useRouter } from 'next/navigation'
import { useState, type FormEvent } from 'react'
import { Button } from '@/components/ui/button'
import { Field, TextArea } from '@/components/ui/field'
import { useApiAction } from '@/components/ui/use-api-action'
import { apiRequest } from '@/lib/http/api-client'
import type { SourceSummary } from './types'

interface SourceRowActionsProps {
  workspaceId: string
  source: SourceSummary
  canReview: boolean
  canEdit: boolean
  isEditing: boolean
  onEdit: () => void
}

// Edit (reviewers and up), mark retracted and delete (editors). Delete is offered only
// for a source nothing cites; should it have been cited after all, the server's 409 says why.
export function SourceRowActions({ workspaceId, source, canReview, canEdit, isEditing, onEdit }: SourceRowActionsProps) {
  const router = useRouter()
  const { run, isPending, error, fieldErrors } = useApiAction()
  const [isRetracting, setRetracting] = useState(false)
  const url = `/api/workspaces/${workspaceId}/sources/${source.id}`
  const isRetracted = source.retractedAt != null
  const noteId = `retract-${source.id}-note`

  async function retract(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const note = String(new FormData(event.currentTarget).get('note') ?? '')
    if (await run(() => apiRequest('POST', `${url}/retraction`, { note, version: source.version }))) {
      setRetracting(false)
      router.refresh()
    }
  }

  async function remove() {
    if (!window.confirm(`Delete “${source.title}” from the library? This cannot be undone.`)) return
    const deleted = await run(async () => {
      await apiRequest('DELETE', url, { version: source.version })
      return true
    })
    if (deleted) router.refresh()
  }

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap justify-end gap-1">
        {canReview && !isEditing && (
          <Button variant="ghost" className="px-2 py-0.5 text-xs" onClick={onEdit} aria-label={`Edit ${source.title}`}>
            Edit
          </Button>
        )}
        {canEdit && !isRetracted && !isRetracting && (
          <Button variant="ghost" className="px-2 py-0.5 text-xs" onClick={() => setRetracting(true)} aria-label={`Mark ${source.title} retracted`}>
            Mark retracted
          </Button>
        )}
        {canEdit && source.evidenceCount === 0 && (
          <Button variant="danger" className="px-2 py-0.5 text-xs" disabled={isPending} onClick={remove} aria-label={`Delete ${source.title}`}>
            Delete
          </Button>
        )}
      </div>
      {isRetracting && (
        <form onSubmit={retract} noValidate className="space-y-2 text-left">
          <Field id={noteId} label="Why is it retracted?" hint="Shown on every claim that cites it." error={fieldErrors.note}>
            <TextArea id={noteId} name="note" rows={2} required maxLength={2000} autoFocus />
          </Field>
          <div className="flex gap-2">
            <Button type="submit" variant="danger" className="text-xs" disabled={isPending}>
              Mark retracted
            </Button>
            <Button type="button" variant="secondary" className="text-xs" onClick={() => setRetracting(false)}>
              Cancel
            </Button>
          </div>
        </form>
      )}
      {error && (
        <p role="alert" className="text-right text-xs text-red-700">
          {error}
        </p>
      )}
    </div>
  )
}
