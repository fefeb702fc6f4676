import 'server-only'
import { recordActivity } from '@/lib/activity/record-activity'
import type { Actor } from '@/lib/auth/actor'
import { getDb } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import { parseInput } from '@/lib/validation'
import { getEditableSource } from './editable-source'
import { ZSourceRef } from './schemas'

// Deletes a source added by mistake. A source that is or was cited stays, so every
// verdict can still be traced to it: that one is retracted instead.
export async function deleteSource({ actor, ...input }: { actor: Actor } & Record<string, unknown>) {
  const { workspaceId, sourceId, version } = parseInput(ZSourceRef, input)
  return getDb().$transaction(async (tx) => {
    const source = await getEditableSource(tx, actor, 'claim.edit', { workspaceId, sourceId, version })
    const citing = await tx.evidence.findMany({ where: { sourceId: source.id, removedAt: null }, distinct: ['claimId'], select: { claimId: true } })
    if (citing.length > 0) {
      const claims = citing.length === 1 ? '1 claim' : `${citing.length} claims`
      throw new AppError('CONFLICT', `This source is cited as evidence by ${claims}: mark it retracted instead`, [], { citingClaims: String(citing.length) })
    }
    if (await tx.evidence.count({ where: { sourceId: source.id } })) {
      throw new AppError('CONFLICT', 'This source was cited as evidence before: mark it retracted instead')
    }
    // Guarded by version against a concurrent edit; the foreign key stops a concurrent citation.
    const { count } = await tx.source.deleteMany({ where: { id: source.id, version: source.version } })
    if (count === 0) throw new AppError('CONFLICT', 'Someone changed this source at the same moment. Reload to see their change.')
    await recordActivity(tx, { workspaceId, actorId: actor.id, subjectType: 'Source', subjectId: source.id, action: 'source.deleted', before: { url: source.url, title: source.title } })
    return { id: source.id }
  })
}
