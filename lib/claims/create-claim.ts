import 'server-only'
import { recordActivity } from '@/lib/activity/record-activity'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb } from '@/lib/db/client'
import { lockLatestRevision } from '@/lib/documents/lock-document'
import { parseInput } from '@/lib/validation'
import { insertSpanClaims } from './insert-span-claims'
import { ZCreateClaim } from './schemas'
import { refreshAfterWrite } from '@/lib/checked-before/refresh-prior-checks'

// A claim the extractor missed, from a selection in the document's current revision.
export async function createClaim({ actor, ...input }: { actor: Actor } & Record<string, unknown>) {
  const { workspaceId, documentId, start, end, kind } = parseInput(ZCreateClaim, input)
  const created = await getDb().$transaction(async (tx) => {
    await requireWorkspaceAccess(tx, actor, workspaceId, 'claim.edit')
    const revision = await lockLatestRevision(tx, workspaceId, documentId, 'claims')
    const [id] = await insertSpanClaims(tx, { workspaceId, documentId, revisionId: revision.id, text: revision.text }, [{ start, end }], 'MANUAL', actor.id)
    if (kind) await tx.claim.update({ where: { id: id! }, data: { kind } })
    await recordActivity(tx, { workspaceId, actorId: actor.id, subjectType: 'Claim', subjectId: id!, documentId, claimId: id!, action: 'claim.created', after: { start, end, quote: revision.text.slice(start, end), kind } })
    return { id: id! }
  })
  await refreshAfterWrite({ workspaceId, documentId, claimIds: [created.id] })
  return created
}
