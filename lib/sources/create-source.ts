import 'server-only'
import { recordActivity } from '@/lib/activity/record-activity'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb } from '@/lib/db/client'
import { parseInput } from '@/lib/validation'
import { normalizeSourceUrl } from './normalize-url'
import { ZCreateSource } from './schemas'
import { isUniqueViolation } from '@/lib/db/unique-violation'
import { createSnapshotRow } from '@/lib/snapshots/create-snapshot'
import { dispatchSnapshot } from '@/lib/snapshots/snapshot-dispatch'

// Adds a source to the workspace library and asks for its first snapshot (fetched as
// a job); a link already in it (after normalizing the URL) returns the existing source
// instead of a duplicate.
export async function createSource({ actor, ...input }: { actor: Actor } & Record<string, unknown>) {
  const { workspaceId, ...fields } = parseInput(ZCreateSource, input)
  const normalizedUrl = normalizeSourceUrl(fields.url)
  const key = { workspaceId_normalizedUrl: { workspaceId, normalizedUrl } }
  try {
    const created = await getDb().$transaction(async (tx) => {
      await requireWorkspaceAccess(tx, actor, workspaceId, 'claim.review')
      const existing = await tx.source.findUnique({ where: key })
      if (existing) return { source: existing, isExisting: true, snapshotId: null }
      const source = await tx.source.create({ data: { ...fields, workspaceId, normalizedUrl, createdById: actor.id } })
      await recordActivity(tx, { workspaceId, actorId: actor.id, subjectType: 'Source', subjectId: source.id, action: 'source.created', after: { url: source.url, title: source.title } })
      const snapshot = await createSnapshotRow(tx, actor, { workspaceId, sourceId: source.id, origin: 'FETCH', requestedUrl: fields.url }, { isFirst: true })
      return { source, isExisting: false, snapshotId: snapshot.id }
    })
    if (created.snapshotId) await dispatchSnapshot(created.snapshotId)
    return { source: created.source, isExisting: created.isExisting }
  } catch (error) {
    // Two people added the same link at once: the unique index let one through.
    if (!isUniqueViolation(error)) throw error
    return getDb().$transaction(async (tx) => {
      await requireWorkspaceAccess(tx, actor, workspaceId, 'claim.review')
      return { source: await tx.source.findUniqueOrThrow({ where: key }), isExisting: true }
    })
  }
}
