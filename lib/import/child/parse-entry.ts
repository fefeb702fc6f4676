// Runs one import in a child process (see ../import-off-thread.ts): reads the request
// as JSON on stdin, writes the outcome as JSON on stdout. Parsing a large page or
// .docx takes seconds of CPU, which must not stall the server's event loop.
import { isAppError } from '@/lib/errors'
import { importFile, importUrl } from '@/lib/import'
import type { OffThreadOutcome, OffThreadRequest } from './protocol'

async function run(request: OffThreadRequest): Promise<OffThreadOutcome> {
  try {
    const document =
      request.kind === 'file'
        ? await importFile({ filename: request.filename, contentType: request.contentType, bytes: new Uint8Array(Buffer.from(request.bytesBase64, 'base64')) })
        : await importUrl(request.url, { allowPrivateHosts: request.allowPrivateHosts })
    return { ok: true, document }
  } catch (error) {
    if (isAppError(error)) return { ok: false, error: { code: error.code, message: error.message, fields: error.fields } }
    return { ok: false, unexpected: error instanceof Error ? (error.stack ?? error.message) : String(error) }
  }
}

const chunks: Buffer[] = []
for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
const outcome = await run(JSON.parse(Buffer.concat(chunks).toString('utf8')) as OffThreadRequest)
process.stdout.write(JSON.stringify(outcome))
