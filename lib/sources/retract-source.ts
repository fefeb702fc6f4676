import 'server-only'
import { recordActivity } from '@/lib/activity/record-activity'
import type { Actor } from '@/lib/auth/actor'
import { getDb } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import { parseInput } from '@/lib/validation'
import { getEditableSource, updateSourceAtVersion } from './editable-source'
import { ZRetractSource } from './schemas'

// Marks a source as no longer to be relied on (withdrawn, corrected, discredited). The
// evidence citing it stays, flagged; no new evidence may cite it.
export async function retractSource({ actor, ...input }: { actor: Actor } & Record<string, unknown>) {
  const { workspaceId, sourceId, version, note } = parseInput(ZRetractSource, input)
  return getDb().$transaction(async (tx) => {
    const source = await getEditableSource(tx, actor, 'claim.edit', { workspaceId, sourceId, version })
    if (source.retractedAt) throw new AppError('CONFLICT', 'This source is already retracted')
    const updated = await updateSourceAtVersion(tx, source, { retractedAt: new Date(), retractionNote: note })
    await recordActivity(tx, { workspaceId, actorId: actor.id, subjectType: 'Source', subjectId: source.id, action: 'source.retracted', after: { retractedAt: updated.retractedAt, retractionNote: note } })
    return updated
  })
}
