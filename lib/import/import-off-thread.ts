import { spawn } from 'node:child_process'
import { setPriority } from 'node:os'
import { createInterface } from 'node:readline'
import { AppError } from '@/lib/errors'
import type { ExtractedClaim } from '@/lib/extract/types'
import type { ChildMessage, ChildOutcome, ChildSource, ReadDocument } from './child/protocol'
import { importWorkerBundle } from './worker-bundle'

// Headroom over the fetch's own 10 s timeout, the slowest .docx we accept and the
// extraction of a 5 MB text on a busy machine.
const CHILD_TIMEOUT_MS = 120_000

export type ReadProgress = Extract<ChildMessage, { type: 'progress' }>

// The heap one import may use (IMPORT_MEMORY_MB, default 768): a 5 MB page with its
// claims needs about a third of that. A child that needs more is stopped by V8 and the
// import fails alone, with that reason; the server is untouched.
export function importMemoryLimitMb(): number {
  const configured = Number(process.env.IMPORT_MEMORY_MB)
  return Number.isInteger(configured) && configured >= 64 ? configured : 768
}

// Reads a file, page or pasted text and finds its claims in a separate Node process
// running the compiled import worker, so seconds of parsing and extraction never block
// the server's event loop. Errors come back as the same AppErrors.
export async function readOffThread(source: ChildSource, onProgress?: (progress: ReadProgress) => void): Promise<ReadDocument> {
  const entry = await importWorkerBundle()
  const memoryMb = importMemoryLimitMb()
  return new Promise((resolve, reject) => {
    // The child parses untrusted input: it gets no secrets (database URL, auth secret).
    const env = { PATH: process.env.PATH ?? '', NODE_ENV: process.env.NODE_ENV ?? 'production' }
    const child = spawn(process.execPath, [`--max-old-space-size=${memoryMb}`, entry], { env, stdio: ['pipe', 'pipe', 'pipe'], timeout: CHILD_TIMEOUT_MS })
    // Seconds of parsing at full speed must not starve the requests of the people
    // using the app: the child yields the CPU to them (nice 10) and takes the rest.
    if (child.pid) tryLowerPriority(child.pid)
    let outcome: ChildOutcome | undefined
    const claims: ExtractedClaim[] = []
    let stderr = ''
    createInterface({ input: child.stdout }).on('line', (line) => {
      const message = JSON.parse(line) as ChildMessage
      if (message.type === 'progress') onProgress?.(message)
      else if (message.type === 'claims') claims.push(...message.claims)
      else outcome = message.outcome
    })
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString('utf8')).slice(-4000)))
    child.on('error', reject)
    // A child that dies early closes its stdin; the close handler reports why.
    child.stdin.on('error', () => {})
    child.on('close', (code, signal) => {
      if (outcome) return settle(outcome, claims, resolve, reject)
      if (/heap out of memory|allocation failed/i.test(stderr)) return reject(new AppError('PAYLOAD_TOO_LARGE', `Reading the document needed more than ${memoryMb} MB of memory, the limit for one import (IMPORT_MEMORY_MB).`))
      if (signal === 'SIGTERM') return reject(new AppError('UNAVAILABLE', `Reading the document took longer than ${CHILD_TIMEOUT_MS / 1000} s and was stopped.`))
      reject(new ImportCrashed(`The import process ${signal ? `was killed by ${signal}` : `exited with code ${code}`} without an answer. ${stderr.trim().split('\n').slice(-3).join(' ')}`.trim()))
    })
    child.stdin.end(JSON.stringify(source))
  })
}

function tryLowerPriority(pid: number): void {
  try {
    setPriority(pid, IMPORT_NICENESS)
  } catch {
    // Not permitted on this system: the import runs at the server's priority.
  }
}
const IMPORT_NICENESS = 10

// The child died without saying why (killed from outside, a bug): the same input would
// most likely do it again.
export class ImportCrashed extends Error {
  override name = 'ImportCrashed'
}

function settle(outcome: ChildOutcome, claims: ExtractedClaim[], resolve: (read: ReadDocument) => void, reject: (error: Error) => void): void {
  if (outcome.ok) return resolve({ document: outcome.document, claims })
  if ('error' in outcome) return reject(new AppError(outcome.error.code, outcome.error.message, outcome.error.fields))
  reject(new ImportCrashed(`The import process failed: ${outcome.unexpected}`))
}
