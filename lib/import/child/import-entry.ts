// One import in a child process (see ../import-off-thread.ts): reads the source as
// JSON on stdin; reads the file or page, makes its text canonical and finds its claims;
// writes progress and the outcome as NDJSON on stdout. All of it is CPU work that must
// not stall the server's event loop, on untrusted input, under a memory cap.
import { extractInChunks } from '@/lib/claims/extract-in-chunks'
import { isAppError } from '@/lib/errors'
import { importFile, importUrl, type ImportedDocument } from '@/lib/import'
import { checkedImportText } from '../checked-text'
import { documentFromBytes } from '../document-from-bytes'
import { CLAIMS_PER_LINE, type ChildMessage, type ChildOutcome, type ChildSource } from './protocol'

const say = (message: ChildMessage) => process.stdout.write(`${JSON.stringify(message)}\n`)

async function readSource(source: ChildSource): Promise<ImportedDocument> {
  if (source.kind === 'paste') return { title: null, text: source.text, blocks: [], format: 'txt', metadata: {} }
  if (source.kind === 'bytes') {
    const { format, noun, charset, baseUrl, maxBytes } = source
    return documentFromBytes(format, new Uint8Array(Buffer.from(source.bytesBase64, 'base64')), { noun, charset, baseUrl: baseUrl ? new URL(baseUrl) : undefined, maxBytes })
  }
  if (source.kind === 'file') return importFile({ filename: source.filename, contentType: source.contentType, bytes: new Uint8Array(Buffer.from(source.bytesBase64, 'base64')) })
  return importUrl(source.url, { allowPrivateHosts: source.allowPrivateHosts })
}

async function run(source: ChildSource): Promise<ChildOutcome> {
  try {
    say({ type: 'progress', stage: 'reading', done: 0, total: 0 })
    const imported = await readSource(source)
    const text = checkedImportText(imported.text)
    if (source.kind === 'bytes') return { ok: true, document: { ...imported, text } }
    let lastReport = 0
    const claims = await extractInChunks(text, ({ done, total }) => {
      if (Date.now() - lastReport < 200 && done < total) return
      lastReport = Date.now()
      say({ type: 'progress', stage: 'extracting', done, total })
    })
    for (let i = 0; i < claims.length; i += CLAIMS_PER_LINE) say({ type: 'claims', claims: claims.slice(i, i + CLAIMS_PER_LINE) })
    return { ok: true, document: { ...imported, text } }
  } catch (error) {
    if (isAppError(error)) return { ok: false, error: { code: error.code, message: error.message, fields: error.fields } }
    return { ok: false, unexpected: error instanceof Error ? (error.stack ?? error.message) : String(error) }
  }
}

const chunks: Buffer[] = []
for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
say({ type: 'outcome', outcome: await run(JSON.parse(Buffer.concat(chunks).toString('utf8')) as ChildSource) })
