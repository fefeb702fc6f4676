'use client'
import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { useState, type FormEvent } from 'react'
import { SNAPSHOT_FILE_ACCEPT, SNAPSHOT_FILE_HINT } from '@/components/snapshots/snapshot-file-types'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Field, Input } from '@/components/ui/field'
import { useApiAction } from '@/components/ui/use-api-action'
import { apiRequest, apiUpload } from '@/lib/http/api-client'
import { SourceFields } from './source-fields'
import { sourceBodyFrom } from './source-form-values'
import type { SourceSummary } from './types'

const PREFIX = 'new-source-'

type Mode = 'link' | 'file'

// Adds a source to the library, by its link (fetched and archived as a job) or as a
// file (archived from the upload). A link or a file already there is not repeated.
export function AddSourceForm({ workspaceId }: { workspaceId: string }) {
  const router = useRouter()
  const { run, isPending, error, fieldErrors } = useApiAction()
  const [mode, setMode] = useState<Mode>('link')
  const [notice, setNotice] = useState<{ text: string; sourceId: string } | null>(null)
  const [fileError, setFileError] = useState<string | null>(null)
  // Remounts the fields (clearing them) after a save.
  const [formKey, setFormKey] = useState(0)

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setNotice(null)
    const form = new FormData(event.currentTarget)
    const body = sourceBodyFrom(form, PREFIX)
    const file = form.get(`${PREFIX}file`)
    const hasFile = file instanceof File && file.size > 0
    setFileError(mode === 'file' && !hasFile ? 'is required: choose the file' : null)
    if (mode === 'file' && !hasFile) return
    const url = `/api/workspaces/${workspaceId}/sources`
    const result = await run(() => (mode === 'file' ? apiUpload<Created>(url, uploadForm(file as File, body)) : apiRequest<Created>('POST', url, body)))
    if (!result) return
    const { source, isExisting } = result
    setNotice({ text: isExisting ? `Already in the library as “${source.title}” — nothing was added.` : `Added “${source.title}” to the library.`, sourceId: source.id })
    setFormKey((key) => key + 1)
    router.refresh()
  }

  const fileProblem = fileError ?? fieldErrors.file
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="add-source-heading" className="h-fit space-y-4 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="add-source-heading" className="text-base font-semibold text-stone-900">
        Add source
      </h2>
      {error && <Alert>{error}</Alert>}
      {notice && (
        <Alert tone="success">
          {notice.text}{' '}
          <Link href={`/w/${workspaceId}/sources/${notice.sourceId}`} className="font-medium underline">
            Open it
          </Link>
        </Alert>
      )}
      <fieldset className="flex gap-4 text-sm">
        <legend className="sr-only">Add by</legend>
        {(['link', 'file'] as const).map((option) => (
          <label key={option} className="flex items-center gap-1.5">
            <input type="radio" name="new-source-mode" value={option} checked={mode === option} onChange={() => setMode(option)} />
            {option === 'link' ? 'A link' : 'A file'}
          </label>
        ))}
      </fieldset>
      {mode === 'file' && (
        <Field id={`${PREFIX}file`} label="File" hint={`${SNAPSHOT_FILE_HINT} Archived as the source’s first snapshot.`} error={fileProblem}>
          <Input key={formKey} id={`${PREFIX}file`} name={`${PREFIX}file`} type="file" accept={SNAPSHOT_FILE_ACCEPT} required className="file:mr-3 file:rounded file:border-0 file:bg-stone-100 file:px-2 file:py-1 file:text-sm file:font-medium" onChange={() => setFileError(null)} />
        </Field>
      )}
      <SourceFields key={formKey} prefix={PREFIX} errors={fieldErrors} hasArchiveFields isFile={mode === 'file'} />
      <Button type="submit" disabled={isPending}>
        {isPending ? (mode === 'file' ? 'Uploading…' : 'Adding…') : 'Add source'}
      </Button>
    </form>
  )
}

type Created = { source: SourceSummary; isExisting: boolean }

// The multipart body: the file and the fields under their API names.
function uploadForm(file: File, body: ReturnType<typeof sourceBodyFrom>): FormData {
  const form = new FormData()
  form.set('file', file)
  for (const [name, value] of Object.entries(body)) {
    if (name !== 'url' && value !== undefined) form.set(name, value === null ? '' : String(value))
  }
  return form
}
