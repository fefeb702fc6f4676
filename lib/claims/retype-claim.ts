import 'server-only'
import { recordActivity } from '@/lib/activity/record-activity'
import type { Actor } from '@/lib/auth/actor'
import { getDb } from '@/lib/db/client'
import { parseInput } from '@/lib/validation'
import { getEditableClaim, updateClaimAtVersion } from './editable-claim'
import { ZRetypeClaim } from './schemas'

export async function retypeClaim({ actor, ...input }: { actor: Actor } & Record<string, unknown>) {
  const { workspaceId, claimId, version, kind } = parseInput(ZRetypeClaim, input)
  return getDb().$transaction(async (tx) => {
    const claim = await getEditableClaim(tx, actor, { workspaceId, claimId, version })
    if (claim.kind === kind) return { id: claim.id, kind }
    await updateClaimAtVersion(tx, claim, { kind })
    await recordActivity(tx, { workspaceId, actorId: actor.id, subjectType: 'Claim', subjectId: claim.id, documentId: claim.documentId, claimId: claim.id, action: 'claim.retyped', before: { kind: claim.kind }, after: { kind } })
    return { id: claim.id, kind }
  })
}
