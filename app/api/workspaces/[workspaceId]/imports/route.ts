import { requireActor } from '@/lib/auth/session'
import { prepareImport, type ImportSource } from '@/lib/documents/prepare-import'
import { saveImport } from '@/lib/documents/save-import'
import { ZImportMetadata } from '@/lib/documents/schemas'
import { AppError } from '@/lib/errors'
import { handleRoute } from '@/lib/http/handle-route'
import { ndjsonResponse } from '@/lib/http/ndjson-stream'
import { formText, readForm } from '@/lib/http/read-form'
import { limitImports } from '@/lib/rate-limit/account-limits'
import { parseInput } from '@/lib/validation'

type Context = { params: Promise<{ workspaceId: string }> }

// A 5 MB file plus the form's envelope.
const MAX_UPLOAD_BYTES = 6 * 1024 * 1024

// Import a file, a URL or pasted text. Refusals (access, bad file, duplicate) answer
// 4xx at once; accepted imports stream progress as NDJSON and end with `done`.
export const POST = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  // Before the upload is read: extraction is the costliest thing a user can ask for.
  await limitImports(actor.id)
  const { workspaceId } = await params
  const form = await readForm(request, MAX_UPLOAD_BYTES)
  const metadata = parseInput(ZImportMetadata, Object.fromEntries(['title', 'author', 'publisher', 'publishedAt', 'sourceUrl'].map((name) => [name, formText(form, name)])))
  const prepared = await prepareImport({ actor, workspaceId, source: await sourceOf(form), metadata })
  return ndjsonResponse(async (send) => {
    send({ type: 'progress', stage: 'extracting', done: 0, total: prepared.text.length })
    const document = await saveImport({ actor, prepared, onProgress: ({ done, total }) => send({ type: 'progress', stage: 'extracting', done, total }) })
    send({ type: 'done', document })
  })
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
