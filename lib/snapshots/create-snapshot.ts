import 'server-only'
import { recordActivity } from '@/lib/activity/record-activity'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb, type Tx } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import { formatOfFile } from '@/lib/import/detect-format'
import { emptyInput, formatBytes } from '@/lib/import/import-errors'
import { parseInput } from '@/lib/validation'
import { blobKeyFor, blobStore, sha256Hex } from './blob-store'
import { dispatchSnapshot } from './snapshot-dispatch'
import { maxSnapshotBytes } from './snapshot-limits'
import { toSnapshotSummary, type SnapshotSummary } from './snapshot-view'
import { ZSnapshotUpload, ZSourceSnapshots } from './schemas'

// Asks for a new snapshot of a source's URL; the fetch runs as a job. A fetch already
// waiting or running for the source is returned instead of a second one.
export async function requestSnapshot({ actor, ...input }: { actor: Actor } & Record<string, unknown>): Promise<SnapshotSummary> {
  const { workspaceId, sourceId } = parseInput(ZSourceSnapshots, input)
  const snapshot = await getDb().$transaction(async (tx) => {
    await requireWorkspaceAccess(tx, actor, workspaceId, 'claim.review')
    const source = await lockSource(tx, workspaceId, sourceId)
    if (!source.url) throw new AppError('INVALID_INPUT', 'This source is an uploaded file with no web address to fetch: upload a new version of the file instead.')
    const open = await tx.sourceSnapshot.findFirst({ where: { sourceId, origin: 'FETCH', status: { in: ['PENDING', 'RUNNING'] } } })
    if (open) return open
    return createSnapshotRow(tx, actor, { workspaceId, sourceId, origin: 'FETCH', requestedUrl: source.url })
  })
  await dispatchSnapshot(snapshot.id)
  return toSnapshotSummary(snapshot)
}

// A file uploaded as the source's snapshot (a PDF the site hides behind a login, a
// report sent by email).
export async function uploadSnapshot({ actor, bytes, ...input }: { actor: Actor; bytes: Uint8Array } & Record<string, unknown>): Promise<SnapshotSummary> {
  const { workspaceId, sourceId, filename, contentType } = parseInput(ZSnapshotUpload, input)
  await requireWorkspaceAccess(getDb(), actor, workspaceId, 'claim.review')
  const upload = checkUpload({ filename, contentType, bytes })
  const snapshot = await getDb().$transaction(async (tx) => {
    await requireWorkspaceAccess(tx, actor, workspaceId, 'claim.review')
    await lockSource(tx, workspaceId, sourceId)
    return storeUpload(tx, actor, { workspaceId, sourceId, upload })
  })
  await dispatchSnapshot(snapshot.id)
  return toSnapshotSummary(snapshot)
}

export interface CheckedUpload {
  filename: string
  contentType: string | null
  format: string
  bytes: Uint8Array
  sha256: string
}

// What a file must be before anything is written: a format Claimtrack reads, not
// empty, within SNAPSHOT_MAX_MB.
export function checkUpload({ filename, contentType, bytes }: { filename: string; contentType?: string; bytes: Uint8Array }): CheckedUpload {
  const format = formatOfFile(filename, contentType, bytes)
  if (bytes.length === 0) throw emptyInput('file')
  if (bytes.length > maxSnapshotBytes()) throw new AppError('PAYLOAD_TOO_LARGE', `The file is larger than ${formatBytes(maxSnapshotBytes())}, the limit for a source (SNAPSHOT_MAX_MB)`)
  return { filename, contentType: contentType ?? null, format, bytes, sha256: sha256Hex(bytes) }
}

// The bytes are stored under their content address, so the job reads them like
// fetched ones. Called inside the transaction, after the checks: a refused upload
// stores nothing; dispatch the snapshot once it commits.
export async function storeUpload(tx: Tx, actor: Actor, { workspaceId, sourceId, upload }: { workspaceId: string; sourceId: string; upload: CheckedUpload }, { isFirst = false } = {}) {
  const blobKey = blobKeyFor(workspaceId, upload.sha256)
  await blobStore().put(blobKey, upload.bytes)
  const { filename, contentType, format, bytes, sha256 } = upload
  return createSnapshotRow(tx, actor, { workspaceId, sourceId, origin: 'UPLOAD', fileName: filename, contentType, format, byteSize: bytes.length, sha256, blobKey }, { isFirst })
}

// The row lock serializes snapshot numbers per source.
async function lockSource(tx: Tx, workspaceId: string, sourceId: string): Promise<{ url: string | null }> {
  const [source] = await tx.$queryRaw<{ url: string | null }[]>`SELECT url FROM "Source" WHERE id = ${sourceId} AND "workspaceId" = ${workspaceId} FOR UPDATE`
  if (!source) throw new AppError('NOT_FOUND', 'Source not found.')
  return source
}

type NewRow = { workspaceId: string; sourceId: string; origin: 'FETCH' | 'UPLOAD'; requestedUrl?: string; fileName?: string; contentType?: string | null; format?: string; byteSize?: number; sha256?: string; blobKey?: string }

// `isFirst`: the fetch that comes with a new source, which its "added a source" entry
// in the audit log already tells.
export async function createSnapshotRow(tx: Tx, actor: Actor, row: NewRow, { isFirst = false } = {}) {
  const last = await tx.sourceSnapshot.aggregate({ where: { sourceId: row.sourceId }, _max: { number: true } })
  const snapshot = await tx.sourceSnapshot.create({ data: { ...row, number: (last._max.number ?? 0) + 1, requestedById: actor.id } })
  if (isFirst) return snapshot
  await recordActivity(tx, {
    workspaceId: row.workspaceId,
    actorId: actor.id,
    subjectType: 'Source',
    subjectId: row.sourceId,
    action: row.origin === 'FETCH' ? 'source.snapshot_requested' : 'source.snapshot_uploaded',
    after: { number: snapshot.number, ...(row.fileName ? { fileName: row.fileName } : { url: row.requestedUrl }) },
  })
  return snapshot
}
