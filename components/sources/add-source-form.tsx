'use client'
import { useRouter } from 'next/navigation'
import { useState, type FormEvent } from 'react'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { useApiAction } from '@/components/ui/use-api-action'
import { apiRequest } from '@/lib/http/api-client'
import { SourceFields } from './source-fields'
import { sourceBodyFrom } from './source-form-values'
import type { SourceSummary } from './types'

const PREFIX = 'new-source-'

// Adds a source to the library. A link already there is not repeated: the form says so.
export function AddSourceForm({ workspaceId }: { workspaceId: string }) {
  const router = useRouter()
  const { run, isPending, error, fieldErrors } = useApiAction()
  const [notice, setNotice] = useState<string | null>(null)
  // Remounts the fields (clearing them) after a save.
  const [formKey, setFormKey] = useState(0)

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setNotice(null)
    const body = sourceBodyFrom(new FormData(event.currentTarget), PREFIX)
    const result = await run(() => apiRequest<{ source: SourceSummary; isExisting: boolean }>('POST', `/api/workspaces/${workspaceId}/sources`, body))
    if (!result) return
    setNotice(result.isExisting ? `Already in the library as “${result.source.title}” — nothing was added.` : `Added “${result.source.title}” to the library.`)
    setFormKey((key) => key + 1)
    router.refresh()
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="add-source-heading" className="h-fit space-y-4 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="add-source-heading" className="text-base font-semibold text-stone-900">
        Add source
      </h2>
      {error && <Alert>{error}</Alert>}
      {notice && <Alert tone="success">{notice}</Alert>}
      <SourceFields key={formKey} prefix={PREFIX} errors={fieldErrors} hasArchiveFields />
      <Button type="submit" disabled={isPending}>
        {isPending ? 'Adding…' : 'Add source'}
      </Button>
    </form>
  )
}
