import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import { parseInput } from '@/lib/validation'
import { blobStore } from './blob-store'
import { SUMMARY_COLUMNS, toSnapshotReading, toSnapshotSummary, type SnapshotReading, type SnapshotSummary } from './snapshot-view'
import { ZSnapshotRef, ZSourceSnapshots } from './schemas'

// A source's snapshots, newest first, without their text.
export async function findSnapshots({ actor, ...input }: { actor: Actor } & Record<string, unknown>): Promise<SnapshotSummary[]> {
  const { workspaceId, sourceId } = parseInput(ZSourceSnapshots, input)
  const db = getDb()
  await requireWorkspaceAccess(db, actor, workspaceId, 'workspace.read')
  const snapshots = await db.sourceSnapshot.findMany({ where: { workspaceId, sourceId }, orderBy: { number: 'desc' }, select: SUMMARY_COLUMNS })
  return snapshots.map(toSnapshotSummary)
}

// One snapshot with its text and structure, for the reader view.
export async function readSnapshot({ actor, ...input }: { actor: Actor } & Record<string, unknown>): Promise<SnapshotReading> {
  const { workspaceId, sourceId, number } = parseInput(ZSnapshotRef, input)
  const db = getDb()
  await requireWorkspaceAccess(db, actor, workspaceId, 'workspace.read')
  const snapshot = await db.sourceSnapshot.findFirst({ where: { workspaceId, sourceId, number } })
  if (!snapshot) throw new AppError('NOT_FOUND', `Snapshot ${number} of this source not found.`)
  return toSnapshotReading(snapshot)
}

// The bytes as they were fetched or uploaded, to download.
export async function readSnapshotBytes({ actor, ...input }: { actor: Actor } & Record<string, unknown>): Promise<{ snapshot: SnapshotSummary; bytes: Uint8Array }> {
  const { workspaceId, sourceId, number } = parseInput(ZSnapshotRef, input)
  const db = getDb()
  await requireWorkspaceAccess(db, actor, workspaceId, 'workspace.read')
  const snapshot = await db.sourceSnapshot.findFirst({ where: { workspaceId, sourceId, number }, select: SUMMARY_COLUMNS })
  if (!snapshot) throw new AppError('NOT_FOUND', `Snapshot ${number} of this source not found.`)
  const bytes = snapshot.blobKey ? await blobStore().get(snapshot.blobKey) : null
  if (!bytes) throw new AppError('NOT_FOUND', `Snapshot ${number} kept no file: ${snapshot.failureReason ?? 'it has not been fetched yet'}.`)
  return { snapshot: toSnapshotSummary(snapshot), bytes }
}
