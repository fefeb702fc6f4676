import 'server-only'
import { recordActivity } from '@/lib/activity/record-activity'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import { parseInput } from '@/lib/validation'
import { ZRemoveEvidence } from './schemas'

// Withdraws a citation. The row stays (removedAt), so the activity log can still show it.
export async function removeEvidence({ actor, ...input }: { actor: Actor } & Record<string, unknown>) {
  const { workspaceId, evidenceId, claimId, version } = parseInput(ZRemoveEvidence, input)
  return getDb().$transaction(async (tx) => {
    await requireWorkspaceAccess(tx, actor, workspaceId, 'claim.review')
    const evidence = await tx.evidence.findFirst({ where: { id: evidenceId, workspaceId, claimId, removedAt: null }, include: { claim: { select: { documentId: true } } } })
    if (!evidence) throw new AppError('NOT_FOUND', 'Evidence not found')
    const { count } = await tx.evidence.updateMany({ where: { id: evidence.id, version }, data: { removedAt: new Date(), version: { increment: 1 } } })
    if (count === 0) {
      throw new AppError('CONFLICT', 'Someone changed this evidence since you opened it. Reload to see their change.', [], { currentVersion: String(evidence.version) })
    }
    await recordActivity(tx, { workspaceId, actorId: actor.id, subjectType: 'Evidence', subjectId: evidence.id, documentId: evidence.claim.documentId, claimId: evidence.claimId, action: 'evidence.removed', before: { claimId: evidence.claimId, sourceId: evidence.sourceId, stance: evidence.stance, quote: evidence.quote } })
    return { id: evidence.id, version: evidence.version + 1 }
  })
}
