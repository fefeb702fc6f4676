'use client'
import { useRouter } from 'next/navigation'
import { useState, type FormEvent } from 'react'
import { Alert } from '@/components/ui/alert'
import { Button, ButtonLink } from '@/components/ui/button'
import { Field, Input, TextArea } from '@/components/ui/field'
import { useApiAction } from '@/components/ui/use-api-action'
import { apiRequest } from '@/lib/http/api-client'

const MAX_BYTES = 5 * 1024 * 1024

export function NewDocumentForm({ workspaceId }: { workspaceId: string }) {
  const router = useRouter()
  const { run, isPending, error, fieldErrors } = useApiAction()
  const [byteCount, setByteCount] = useState(0)

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const body = Object.fromEntries(new FormData(event.currentTarget))
    const created = await run(() => apiRequest<{ document: { id: string } }>('POST', `/api/workspaces/${workspaceId}/documents`, body))
    if (created) router.push(`/w/${workspaceId}/documents/${created.document.id}`)
  }

  return (
    <form onSubmit={onSubmit} className="max-w-3xl space-y-5" noValidate>
      {error && <Alert>{error}</Alert>}
      <Field id="title" label="Title" error={fieldErrors.title}>
        <Input id="title" name="title" required maxLength={300} />
      </Field>
      <div className="grid gap-5 sm:grid-cols-2">
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
      <Field id="text" label="Article text" hint={`${(byteCount / 1024).toFixed(1)} KB of 5 MB`} error={fieldErrors.text}>
        <TextArea id="text" name="text" rows={16} required className="font-serif leading-relaxed" onChange={(event) => setByteCount(new Blob([event.target.value]).size)} />
      </Field>
      {byteCount > MAX_BYTES && <Alert>The text is larger than 5 MB. Split the document or trim it before saving.</Alert>}
      <div className="flex gap-2">
        <Button type="submit" disabled={isPending || byteCount > MAX_BYTES}>
          {isPending ? 'Saving…' : 'Create document'}
        </Button>
        <ButtonLink href={`/w/${workspaceId}`} variant="secondary">
          Cancel
        </ButtonLink>
      </div>
    </form>
  )
}
