import 'server-only'
import { recordActivity } from '@/lib/activity/record-activity'
import type { Actor } from '@/lib/auth/actor'
import { getDb } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import { parseInput } from '@/lib/validation'
import { getEditableSource, updateSourceAtVersion } from './editable-source'
import { normalizeSourceUrl } from './normalize-url'
import { ZUpdateSource } from './schemas'

// Changes a source's details; fields left out stay as they are, null clears them.
export async function updateSource({ actor, ...input }: { actor: Actor } & Record<string, unknown>) {
  const { workspaceId, sourceId, version, ...fields } = parseInput(ZUpdateSource, input)
  return getDb().$transaction(async (tx) => {
    const source = await getEditableSource(tx, actor, 'claim.review', { workspaceId, sourceId, version })
    const normalizedUrl = fields.url === undefined ? undefined : normalizeSourceUrl(fields.url)
    if (normalizedUrl && normalizedUrl !== source.normalizedUrl) {
      const other = await tx.source.findUnique({ where: { workspaceId_normalizedUrl: { workspaceId, normalizedUrl } }, select: { id: true } })
      if (other) throw new AppError('CONFLICT', 'Another source in this workspace already has this URL', [{ field: 'url', message: 'is already in the library' }], { sourceId: other.id })
    }
    const updated = await updateSourceAtVersion(tx, source, { ...fields, normalizedUrl })
    const changed = (Object.keys(fields) as (keyof typeof fields)[]).filter((key) => fields[key] !== undefined)
    await recordActivity(tx, {
      workspaceId,
      actorId: actor.id,
      subjectType: 'Source',
      subjectId: source.id,
      action: 'source.updated',
      before: Object.fromEntries(changed.map((key) => [key, source[key]])),
      after: Object.fromEntries(changed.map((key) => [key, updated[key]])),
    })
    return updated
  })
}
