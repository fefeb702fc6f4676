import 'server-only'
import { getDb } from '@/lib/db/client'
import type { ImportJob, Prisma } from '@/lib/db/generated/client'
import { isTransientDatabaseError } from '@/lib/db/unavailable'
import { prepareImport, type ImportSource } from '@/lib/documents/prepare-import'
import { saveImport } from '@/lib/documents/save-import'
import type { TImportMetadata } from '@/lib/documents/schemas'
import { isAppError } from '@/lib/errors'
import { ImportCrashed, type ReadProgress } from '@/lib/import/import-off-thread'

// At most one progress write per this long: the page polls the row, not the child.
const PROGRESS_EVERY_MS = 500

export type ImportRunOutcome = 'done' | 'failed' | 'already-finished'

// Runs one queued import: reads and extracts it off the event loop, then writes the
// document, the job's completion and the owner's inbox entry in one transaction.
// Failures that the same input would repeat (a bad file, a duplicate, a crash of the
// import process) end the job at once; an unreachable database is thrown, so the queue
// retries later, until `isLastAttempt`.
export async function runImportJob(jobId: string, { isLastAttempt = false }: { isLastAttempt?: boolean } = {}): Promise<ImportRunOutcome> {
  const db = getDb()
  const job = await start(jobId)
  if (!job) return 'already-finished'
  try {
    const owner = await db.user.findUniqueOrThrow({ where: { id: job.createdById }, select: { id: true, email: true, name: true } })
    const prepared = await prepareImport({ actor: owner, workspaceId: job.workspaceId, source: await sourceOf(job), metadata: job.metadata as TImportMetadata, onProgress: progressWriter(jobId) })
    await db.importJob.update({ where: { id: jobId }, data: { stage: 'saving', progressDone: prepared.text.length, progressTotal: prepared.text.length } })
    await saveImport({
      actor: owner,
      prepared,
      alongside: (documentId) => [
        db.importJob.update({ where: { id: jobId }, data: { status: 'DONE', stage: null, documentId, finishedAt: new Date() } }),
        db.importJobInput.deleteMany({ where: { jobId } }),
        db.notification.create({ data: { workspaceId: job.workspaceId, userId: owner.id, actorId: owner.id, kind: 'IMPORT_DONE', documentId, message: `“${prepared.title}” is imported: ${prepared.claims.length} claims found.` } }),
      ],
    })
    return 'done'
  } catch (error) {
    if (isTransientDatabaseError(error) && !isLastAttempt) throw error
    await fail(job, error)
    return 'failed'
  }
}

// QUEUED → RUNNING, or RUNNING again when the queue retries after a crash or a lost
// database. A finished job is never run twice.
async function start(jobId: string): Promise<ImportJob | null> {
  const [job] = await getDb().$queryRaw<{ id: string }[]>`
    UPDATE "ImportJob" SET status = 'RUNNING', stage = 'reading', "startedAt" = now(), attempts = attempts + 1
    WHERE id = ${jobId} AND status IN ('QUEUED', 'RUNNING') RETURNING id`
  return job ? getDb().importJob.findUnique({ where: { id: jobId } }) : null
}

async function sourceOf(job: ImportJob): Promise<ImportSource> {
  if (job.kind === 'url') return { kind: 'url', url: job.url }
  const input = await getDb().importJobInput.findUniqueOrThrow({ where: { jobId: job.id } })
  const bytes = new Uint8Array(input.bytes)
  if (job.kind === 'paste') return { kind: 'paste', text: new TextDecoder().decode(bytes) }
  return { kind: 'file', filename: job.filename ?? 'upload', bytes, contentType: job.contentType ?? undefined }
}

function progressWriter(jobId: string): (progress: ReadProgress) => void {
  let last = 0
  return ({ stage, done, total }) => {
    if (Date.now() - last < PROGRESS_EVERY_MS && done < total) return
    last = Date.now()
    // Not awaited: progress is a hint, and the import must not wait for it. One that
    // lands late never undoes a later stage.
    getDb()
      .importJob.updateMany({ where: { id: jobId, status: 'RUNNING', stage: { in: ['reading', 'extracting'] } }, data: { stage, progressDone: done, progressTotal: total } })
      .catch(() => {})
  }
}

async function fail(job: ImportJob, error: unknown): Promise<void> {
  const reason = describeFailure(error)
  const db = getDb()
  await db.$transaction([
    db.importJob.update({ where: { id: job.id }, data: { status: 'FAILED', stage: null, finishedAt: new Date(), errorCode: reason.code, errorMessage: reason.message, errorDetails: (reason.details ?? undefined) as Prisma.InputJsonValue | undefined } }),
    db.importJobInput.deleteMany({ where: { jobId: job.id } }),
    db.notification.create({ data: { workspaceId: job.workspaceId, userId: job.createdById, actorId: job.createdById, kind: 'IMPORT_FAILED', message: `The import of “${job.label}” failed: ${reason.message}` } }),
  ])
}

function describeFailure(error: unknown): { code: string; message: string; details?: Record<string, string> } {
  if (isAppError(error)) return { code: error.code, message: error.message, details: error.details }
  if (isTransientDatabaseError(error)) return { code: 'UNAVAILABLE', message: 'The database could not be reached, several times. Try the import again.' }
  if (error instanceof ImportCrashed) {
    console.error(`[imports] ${error.message}`)
    return { code: 'CRASHED', message: 'The import process stopped unexpectedly while reading this document. Save it in another format (.txt, .md, .html, .docx or .pdf) and import that.' }
  }
  console.error('[imports] unexpected failure', error)
  return { code: 'UNEXPECTED', message: 'The import failed unexpectedly. Try again; if it fails again, the file may be damaged.' }
}
