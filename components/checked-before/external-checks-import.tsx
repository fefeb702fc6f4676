'use client'
import { useRouter } from 'next/navigation'
import { useState, type FormEvent } from 'react'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Field, Input } from '@/components/ui/field'

// The server's cap (app/api/…/external-checks/route.ts): refused here before the upload starts.
const MAX_BYTES = 10 * 1024 * 1024
const INPUT_ID = 'external-checks-file'

type State =
  | { kind: 'idle' }
  | { kind: 'uploading'; filename: string }
  | { kind: 'done'; imported: number; updated: number }
  | { kind: 'failed'; message: string; problems: { field: string; message: string }[] }

interface ErrorPayload {
  error?: { message?: string; fields?: { field: string; message: string }[] }
}

// Uploads a ClaimReview file (.json / .jsonld, or .jsonl one review a line). All or
// nothing: on failure it lists where each problem is, so the file can be fixed and sent again.
export function ExternalChecksImport({ workspaceId }: { workspaceId: string }) {
  const router = useRouter()
  const [state, setState] = useState<State>({ kind: 'idle' })
  const isUploading = state.kind === 'uploading'

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (isUploading) return
    const form = event.currentTarget
    const file = new FormData(form).get('file')
    if (!(file instanceof File) || file.size === 0) return setState({ kind: 'failed', message: 'Choose a ClaimReview file first.', problems: [] })
    if (file.size > MAX_BYTES) return setState({ kind: 'failed', message: `${file.name} is larger than 10 MB: split it into smaller files and import each.`, problems: [] })
    setState({ kind: 'uploading', filename: file.name })
    const isJsonLines = /\.(jsonl|ndjson)$/i.test(file.name)
    try {
      const response = await fetch(`/api/workspaces/${workspaceId}/external-checks`, { method: 'POST', headers: { 'content-type': isJsonLines ? 'application/x-ndjson' : 'application/json' }, body: file })
      const payload = (await response.json().catch(() => ({}))) as ErrorPayload & { imported?: number; updated?: number }
      if (!response.ok) {
        return setState({ kind: 'failed', message: payload.error?.message ?? `The server answered ${response.status}.`, problems: payload.error?.fields ?? [] })
      }
      setState({ kind: 'done', imported: payload.imported ?? 0, updated: payload.updated ?? 0 })
      form.reset()
      router.refresh()
    } catch {
      setState({ kind: 'failed', message: 'Could not reach the server. Check your connection and try again.', problems: [] })
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="import-checks-heading" className="h-fit space-y-4 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="import-checks-heading" className="text-base font-semibold text-stone-900">
        Import ClaimReview
      </h2>
      <Field id={INPUT_ID} label="File" hint="JSON-LD (.json, .jsonld: one review, an array or an @graph) or JSON Lines (.jsonl, one review a line). Up to 5,000 reviews and 10 MB.">
        <Input id={INPUT_ID} name="file" type="file" accept=".json,.jsonld,.jsonl,.ndjson,application/json,application/ld+json" required disabled={isUploading} />
      </Field>
      <Button type="submit" disabled={isUploading}>
        {isUploading ? 'Importing…' : 'Import'}
      </Button>
      {state.kind === 'uploading' && (
        <div role="status" className="space-y-1 text-sm text-stone-600">
          <p>Importing {state.filename}…</p>
          <progress className="h-1.5 w-full" aria-label={`Importing ${state.filename}`} />
        </div>
      )}
      {state.kind === 'done' && <Alert tone="success">{summary(state.imported, state.updated)}</Alert>}
      {state.kind === 'failed' && (
        <Alert title={state.problems.length ? 'Nothing was imported' : undefined}>
          <p>{state.problems.length ? 'Fix these problems in the file and import it again:' : state.message}</p>
          {state.problems.length > 0 && (
            <ul data-testid="import-problems" className="mt-1 max-h-64 list-disc space-y-0.5 overflow-y-auto pl-5 text-xs">
              {state.problems.map((problem) => (
                <li key={problem.field}>
                  <code className="font-mono">{problem.field}</code>: {problem.message}
                </li>
              ))}
            </ul>
          )}
        </Alert>
      )}
    </form>
  )
}

function summary(imported: number, updated: number): string {
  const count = (n: number) => (n === 1 ? '1 check' : `${n.toLocaleString('en')} checks`)
  if (!updated) return `Imported ${count(imported)}.`
  if (!imported) return `Updated ${count(updated)} already in the library; nothing new.`
  return `Imported ${count(imported)}; updated ${count(updated)} already in the library.`
}
