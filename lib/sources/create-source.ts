import 'server-only'
import { recordActivity } from '@/lib/activity/record-activity'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb } from '@/lib/db/client'
import { parseInput } from '@/lib/validation'
import { normalizeSourceUrl } from './normalize-url'
import { ZCreateSource } from './schemas'
import { isUniqueViolation } from '@/lib/db/unique-violation'

// Adds a source to the workspace library; a link already in it (after normalizing the
// URL) returns the existing source instead of a duplicate.
export async function createSource({ actor, ...input }: { actor: Actor } & Record<string, unknown>) {
  const { workspaceId, ...fields } = parseInput(ZCreateSource, input)
  const normalizedUrl = normalizeSourceUrl(fields.url)
  const key = { workspaceId_normalizedUrl: { workspaceId, normalizedUrl } }
  try {
    return await getDb().$transaction(async (tx) => {
      await requireWorkspaceAccess(tx, actor, workspaceId, 'claim.review')
      const existing = await tx.source.findUnique({ where: key })
      if (existing) return { source: existing, isExisting: true }
      const source = await tx.source.create({ data: { ...fields, workspaceId, normalizedUrl, createdById: actor.id } })
      await recordActivity(tx, { workspaceId, actorId: actor.id, subjectType: 'Source', subjectId: source.id, action: 'source.created', after: { url: source.url, title: source.title } })
      return { source, isExisting: false }
    })
  } catch (error) {
    // Two people added the same link at once: the unique index let one through.
    if (!isUniqueViolation(error)) throw error
    return getDb().$transaction(async (tx) => {
      await requireWorkspaceAccess(tx, actor, workspaceId, 'claim.review')
      return { source: await tx.source.findUniqueOrThrow({ where: key }), isExisting: true }
    })
  }
}
