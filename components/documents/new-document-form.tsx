'use client'
import Link from 'next/link'
import { usePathname, useRouter } from 'next/navigation'
import { useEffect, useRef, useState, type FormEvent } from 'react'
import { Alert } from '@/components/ui/alert'
import { Button, ButtonLink } from '@/components/ui/button'
import { Field, Input } from '@/components/ui/field'
import { useApiAction } from '@/components/ui/use-api-action'
import type { ImportJobView } from '@/lib/jobs/import-job-view'
import { followImport, getImport, postImport } from './import-stream'
import { ImportProgressBar } from './import-progress-bar'
import { SourceTabs, type SourceMode } from './source-tabs'

const MAX_BYTES = 5 * 1024 * 1024

// `resumeJobId`: an import started before a reload (?job= in the address), followed
// again to its end.
export function NewDocumentForm({ workspaceId, resumeJobId }: { workspaceId: string; resumeJobId?: string }) {
  const router = useRouter()
  const pathname = usePathname()
  const { run, isPending, error, fieldErrors, details } = useApiAction()
  const [mode, setMode] = useState<SourceMode>('paste')
  const [byteCount, setByteCount] = useState(0)
  const [job, setJob] = useState<ImportJobView | null>(null)
  const importsUrl = `/api/workspaces/${workspaceId}/imports`

  async function follow(started: () => Promise<ImportJobView>) {
    setJob(null)
    const finished = await run(async () => {
      const queued = await started()
      setJob(queued)
      // The address names the job, so a reload finds it again.
      router.replace(`${pathname}?job=${queued.id}`, { scroll: false })
      return followImport(`${importsUrl}/${queued.id}`, setJob)
    })
    if (finished?.document) router.push(`/w/${workspaceId}/documents/${finished.document.id}`)
    else setJob(null)
  }

  const resumed = useRef(false)
  useEffect(() => {
    if (!resumeJobId || resumed.current) return
    resumed.current = true
    void follow(() => getImport(`${importsUrl}/${resumeJobId}`))
  })

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    form.set('mode', mode)
    // The address will name this job; it is followed here, not resumed.
    resumed.current = true
    await follow(() => postImport(importsUrl, form))
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
      {job && <ImportProgressBar job={job} />}
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
