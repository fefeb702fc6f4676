'use client'
import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { useState, type FormEvent } from 'react'
import { Alert } from '@/components/ui/alert'
import { Button, ButtonLink } from '@/components/ui/button'
import { Field, Input } from '@/components/ui/field'
import { useApiAction } from '@/components/ui/use-api-action'
import { postImport, type ImportProgress } from './import-stream'
import { ImportProgressBar } from './import-progress-bar'
import { SourceTabs, type SourceMode } from './source-tabs'

const MAX_BYTES = 5 * 1024 * 1024

export function NewDocumentForm({ workspaceId }: { workspaceId: string }) {
  const router = useRouter()
  const { run, isPending, error, fieldErrors, details } = useApiAction()
  const [mode, setMode] = useState<SourceMode>('paste')
  const [byteCount, setByteCount] = useState(0)
  const [progress, setProgress] = useState<ImportProgress | null>(null)

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    form.set('mode', mode)
    setProgress(null)
    const document = await run(() => postImport(`/api/workspaces/${workspaceId}/imports`, form, setProgress))
    if (document) router.push(`/w/${workspaceId}/documents/${document.id}`)
    else setProgress(null)
  }

  const isTooLarge = mode === 'paste' && byteCount > MAX_BYTES
  return (
    <form onSubmit={onSubmit} className="max-w-3xl space-y-5" noValidate>
      {error && (
        <Alert>
          {error}
          {details.existingDocumentId && (
            <>
              {' '}
              <Link className="font-medium underline" href={`/w/${workspaceId}/documents/${details.existingDocumentId}`}>
                Open the existing document
              </Link>
            </>
          )}
        </Alert>
      )}
      <SourceTabs mode={mode} onChange={setMode} fieldErrors={fieldErrors} onTextBytes={setByteCount} byteCount={byteCount} />
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="title" label="Title" hint={mode === 'paste' ? 'Optional: the first line of the text otherwise.' : 'Optional: taken from the file or page otherwise.'} error={fieldErrors.title}>
          <Input id="title" name="title" maxLength={300} />
        </Field>
        <Field id="author" label="Author" hint="Optional." error={fieldErrors.author}>
          <Input id="author" name="author" maxLength={200} />
        </Field>
        <Field id="publisher" label="Publisher" hint="Optional." error={fieldErrors.publisher}>
          <Input id="publisher" name="publisher" maxLength={200} />
        </Field>
        <Field id="publishedAt" label="Published on" hint="Optional." error={fieldErrors.publishedAt}>
          <Input id="publishedAt" name="publishedAt" type="date" />
        </Field>
        <Field id="sourceUrl" label="Source URL" hint="Optional. Where the article was published." error={fieldErrors.sourceUrl}>
          <Input id="sourceUrl" name="sourceUrl" type="url" placeholder="https://" />
        </Field>
      </div>
      {isTooLarge && <Alert>The text is larger than 5 MB. Split the document or trim it before saving.</Alert>}
      {progress && <ImportProgressBar progress={progress} />}
      <div className="flex gap-2">
        <Button type="submit" disabled={isPending || isTooLarge}>
          {isPending ? 'Importing…' : 'Create document'}
        </Button>
        <ButtonLink href={`/w/${workspaceId}`} variant="secondary">
          Cancel
        </ButtonLink>
      </div>
    </form>
  )
}
