import { requireActor } from '@/lib/auth/session'
import type { ImportSource } from '@/lib/documents/prepare-import'
import { ZImportMetadata } from '@/lib/documents/schemas'
import { AppError } from '@/lib/errors'
import { handleRoute } from '@/lib/http/handle-route'
import { formText, readForm } from '@/lib/http/read-form'
import { enqueueImport, findMyImportJobs } from '@/lib/jobs/import-jobs'
import { limitImports } from '@/lib/rate-limit/account-limits'
import { parseInput } from '@/lib/validation'

type Context = { params: Promise<{ workspaceId: string }> }

// A 5 MB file plus the form's envelope.
const MAX_UPLOAD_BYTES = 6 * 1024 * 1024

// Import a file, a URL or pasted text: answers 202 at once with the queued job, which
// GET …/imports/<jobId>?follow=1 follows to the end. Refusals that need no reading
// (access, a full queue, a malformed form) answer 4xx at once.
export const POST = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  // Before the upload is read: extraction is the costliest thing a user can ask for.
  await limitImports(actor.id)
  const { workspaceId } = await params
  const form = await readForm(request, MAX_UPLOAD_BYTES)
  const metadata = parseInput(ZImportMetadata, Object.fromEntries(['title', 'author', 'publisher', 'publishedAt', 'sourceUrl'].map((name) => [name, formText(form, name)])))
  const job = await enqueueImport({ actor, workspaceId, source: await sourceOf(form), metadata })
  return Response.json({ job }, { status: 202, headers: { location: `/api/workspaces/${workspaceId}/imports/${job.id}` } })
})

// My imports waiting, running, or finished in the last day.
export const GET = handleRoute(async (_request, { params }: Context) => {
  const actor = await requireActor()
  const { workspaceId } = await params
  return Response.json({ jobs: await findMyImportJobs({ actor, workspaceId }) })
})

// `mode` says which of the form's sources the user chose: file, url or paste.
async function sourceOf(form: FormData): Promise<ImportSource> {
  const mode = formText(form, 'mode') ?? 'paste'
  if (mode === 'file') {
    const file = form.get('file')
    if (!(file instanceof File) || file.size === 0) throw missing('file', file instanceof File ? 'is empty' : 'is required: choose a file')
    return { kind: 'file', filename: file.name, bytes: new Uint8Array(await file.arrayBuffer()), contentType: file.type || undefined }
  }
  if (mode === 'url') return { kind: 'url', url: formText(form, 'url') }
  if (mode !== 'paste') throw missing('mode', 'must be file, url or paste')
  const text = formText(form, 'text') ?? ''
  if (!text.trim()) throw missing('text', 'is empty: paste the article text')
  return { kind: 'paste', text }
}

function missing(field: string, message: string): AppError {
  return new AppError('INVALID_INPUT', `${field}: ${message}`, [{ field, message }])
}
