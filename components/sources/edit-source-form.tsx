'use client'
import { useRouter } from 'next/navigation'
import type { FormEvent } from 'react'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { useApiAction } from '@/components/ui/use-api-action'
import { apiRequest } from '@/lib/http/api-client'
import { SourceFields } from './source-fields'
import { sourceBodyFrom } from './source-form-values'
import type { SourceSummary } from './types'

// Edits a source at the version shown: if someone changed it meanwhile, the server
// refuses (409) and the form says so instead of overwriting their change.
export function EditSourceForm({ workspaceId, source, onDone }: { workspaceId: string; source: SourceSummary; onDone: () => void }) {
  const router = useRouter()
  const { run, isPending, error, fieldErrors, details } = useApiAction()
  const prefix = `edit-${source.id}-`
  const isStale = details.currentVersion !== undefined

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const body = { ...sourceBodyFrom(new FormData(event.currentTarget), prefix), version: source.version }
    // A file-only source left without a link stays one (a URL cannot be cleared).
    if (!source.url && !body.url) delete body.url
    const saved = await run(() => apiRequest('PATCH', `/api/workspaces/${workspaceId}/sources/${source.id}`, body))
    if (saved) {
      onDone()
      router.refresh()
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Edit ${source.title}`} className="space-y-3">
      {error && (
        <Alert>
          {error}
          {isStale && (
            <>
              {' '}
              <button type="button" className="font-medium underline" onClick={() => router.refresh()}>
                Reload the source
              </button>
            </>
          )}
        </Alert>
      )}
      {/* Keyed by version: after a reload the fields show the latest values. */}
      <SourceFields key={source.version} prefix={prefix} errors={fieldErrors} initial={source} hasArchiveFields />
      <div className="flex gap-2">
        <Button type="submit" disabled={isPending}>
          {isPending ? 'Saving…' : 'Save changes'}
        </Button>
        <Button type="button" variant="secondary" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  )
}
