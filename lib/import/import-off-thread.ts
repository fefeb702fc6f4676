import { spawn } from 'node:child_process'
import path from 'node:path'
import { AppError } from '@/lib/errors'
import type { OffThreadOutcome, OffThreadRequest } from './child/protocol'
import type { ImportedDocument } from './types'

// Headroom over the fetch's own 10 s timeout and the slowest .docx we accept.
const CHILD_TIMEOUT_MS = 60_000

// Runs importFile or importUrl in a separate Node process, so seconds of parsing
// (a 5 MB page, a large .docx) never block the server's event loop. The child runs
// the same TypeScript through tsx; errors come back as the same AppErrors.
export function importOffThread(request: OffThreadRequest): Promise<ImportedDocument> {
  const root = process.env.CLAIMTRACK_ROOT ?? process.cwd()
  const entry = path.join(root, 'lib/import/child/parse-entry.ts')
  return new Promise((resolve, reject) => {
    // The child parses untrusted input: it gets no secrets (database URL, auth secret).
    const env = { PATH: process.env.PATH ?? '', NODE_ENV: process.env.NODE_ENV ?? 'production' }
    const child = spawn(process.execPath, ['--import', 'tsx', entry], { cwd: root, env, stdio: ['pipe', 'pipe', 'inherit'], timeout: CHILD_TIMEOUT_MS })
    const output: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk))
    child.on('error', reject)
    // A child that dies early closes its stdin; the close handler reports why.
    child.stdin.on('error', () => {})
    child.on('close', (code, signal) => {
      if (signal) return reject(new AppError('UNAVAILABLE', `Reading the document took longer than ${CHILD_TIMEOUT_MS / 1000} s and was stopped`))
      try {
        settle(JSON.parse(Buffer.concat(output).toString('utf8')) as OffThreadOutcome, resolve, reject)
      } catch {
        reject(new Error(`The import process exited with code ${code} and no answer`))
      }
    })
    child.stdin.end(JSON.stringify(request))
  })
}

function settle(outcome: OffThreadOutcome, resolve: (document: ImportedDocument) => void, reject: (error: Error) => void): void {
  if (outcome.ok) return resolve(outcome.document)
  if ('error' in outcome) return reject(new AppError(outcome.error.code, outcome.error.message, outcome.error.fields))
  reject(new Error(`The import process failed: ${outcome.unexpected}`))
}
