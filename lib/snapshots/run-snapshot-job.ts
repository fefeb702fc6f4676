import 'server-only'
import { getDb } from '@/lib/db/client'
import type { SourceSnapshot } from '@/lib/db/generated/client'
import { isTransientDatabaseError } from '@/lib/db/unavailable'
import { isAppError } from '@/lib/errors'
import { locateSourceQuotes } from '@/lib/evidence/locate-source-quotes'
import { ImportCrashed, readOffThread } from '@/lib/import/import-off-thread'
import type { ImportedDocument, ImportFormat } from '@/lib/import/types'
import { blobKeyFor, blobStore, sha256Hex } from './blob-store'
import { fetchSource } from './fetch-source'
import { loginWallReason } from './login-wall'
import { maxSnapshotBytes } from './snapshot-limits'

export type SnapshotRunOutcome = 'done' | 'failed' | 'already-finished'

interface RawSource {
  format: ImportFormat
  bytes: Uint8Array
  charset?: string
  baseUrl?: string
}

// Runs one snapshot: fetches the URL (or takes the uploaded bytes), keeps the raw
// bytes in the blob store, reads text and structure in the import's child process
// (a 25 MB PDF must not stall the server), and finishes the row. A failure that the
// same source would repeat ends it as FAILED with its reason; only an unreachable
// database is thrown, so the queue retries, until `isLastAttempt`.
export async function runSnapshotJob(snapshotId: string, { isLastAttempt = false }: { isLastAttempt?: boolean } = {}): Promise<SnapshotRunOutcome> {
  const snapshot = await start(snapshotId)
  if (!snapshot) return 'already-finished'
  try {
    const raw = snapshot.origin === 'FETCH' ? await fetchAndKeep(snapshot) : await uploadedBytes(snapshot)
    const { document } = await readOffThread({ kind: 'bytes', format: raw.format, noun: snapshot.origin === 'FETCH' ? 'page' : 'file', charset: raw.charset, baseUrl: raw.baseUrl, maxBytes: maxSnapshotBytes(), bytesBase64: Buffer.from(raw.bytes).toString('base64') })
    const wall = loginWallReason(document.text, raw.format === 'html' ? new TextDecoder('latin1').decode(raw.bytes) : null)
    if (wall) return await fail(snapshot, wall)
    await finish(snapshot, document)
    return 'done'
  } catch (error) {
    if (isTransientDatabaseError(error) && !isLastAttempt) throw error
    return fail(snapshot, describeFailure(error), httpStatusOf(error))
  }
}

async function start(snapshotId: string): Promise<SourceSnapshot | null> {
  const [row] = await getDb().$queryRaw<{ id: string }[]>`
    UPDATE "SourceSnapshot" SET status = 'RUNNING', attempts = attempts + 1
    WHERE id = ${snapshotId} AND status IN ('PENDING', 'RUNNING') RETURNING id`
  return row ? getDb().sourceSnapshot.findUnique({ where: { id: snapshotId } }) : null
}

async function fetchAndKeep(snapshot: SourceSnapshot): Promise<RawSource> {
  const fetched = await fetchSource(snapshot.requestedUrl!)
  const sha256 = sha256Hex(fetched.bytes)
  const blobKey = blobKeyFor(snapshot.workspaceId, sha256)
  await blobStore().put(blobKey, fetched.bytes)
  // Kept at once: if reading the bytes fails, the failed snapshot still says what came.
  await getDb().sourceSnapshot.update({
    where: { id: snapshot.id },
    data: { finalUrl: fetched.finalUrl, httpStatus: fetched.httpStatus, contentType: fetched.contentType, format: fetched.format, byteSize: fetched.bytes.length, sha256, blobKey, fetchedAt: new Date() },
  })
  return { format: fetched.format, bytes: fetched.bytes, charset: fetched.charset, baseUrl: fetched.finalUrl }
}

async function uploadedBytes(snapshot: SourceSnapshot): Promise<RawSource> {
  const bytes = snapshot.blobKey ? await blobStore().get(snapshot.blobKey) : null
  if (!bytes) throw new Error(`the uploaded bytes of snapshot ${snapshot.id} are missing from the blob store`)
  return { format: snapshot.format as ImportFormat, bytes }
}

// The snapshot's evidence quotes are located in the same transaction (issue 15): a
// reader never sees a finished snapshot whose quotes are still "not archived yet".
async function finish(snapshot: SourceSnapshot, document: ImportedDocument): Promise<void> {
  const pageCount = document.blocks.reduce((last, block) => Math.max(last, (block as { page?: number }).page ?? 0), 0)
  await getDb().$transaction(async (tx) => {
    await tx.sourceSnapshot.update({
      where: { id: snapshot.id },
      data: {
        status: 'DONE',
        title: document.title,
        text: document.text,
        blocks: document.blocks as object[],
        textSha256: sha256Hex(document.text),
        pageCount: pageCount || null,
        finishedAt: new Date(),
      },
    })
    await locateSourceQuotes(tx, snapshot.id)
    // a long PDF with many quotes takes longer than Prisma's default 5 s
  }, { timeout: 60_000 })
}

async function fail(snapshot: SourceSnapshot, reason: string, httpStatus?: number): Promise<'failed'> {
  await getDb().sourceSnapshot.update({ where: { id: snapshot.id }, data: { status: 'FAILED', failureReason: reason, finishedAt: new Date(), ...(httpStatus ? { httpStatus } : {}) } })
  return 'failed'
}

function describeFailure(error: unknown): string {
  if (isAppError(error)) return error.message
  if (isTransientDatabaseError(error)) return 'The database could not be reached, several times. Fetch the source again.'
  if (error instanceof ImportCrashed) {
    console.error(`[snapshots] ${error.message}`)
    return 'Reading the source stopped unexpectedly: the file may be damaged. Upload it in another format.'
  }
  console.error('[snapshots] unexpected failure', error)
  return 'The snapshot failed unexpectedly. Fetch the source again; if it fails again, upload the file instead.'
}

function httpStatusOf(error: unknown): number | undefined {
  const status = isAppError(error) ? Number(error.details?.httpStatus) : NaN
  return Number.isInteger(status) ? status : undefined
}
