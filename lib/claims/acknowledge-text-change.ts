import 'server-only'
import { recordActivity } from '@/lib/activity/record-activity'
import type { Actor } from '@/lib/auth/actor'
import { getDb } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import { parseInput } from '@/lib/validation'
import { getEditableClaim, updateClaimAtVersion } from './editable-claim'
import { ZClaimRef } from './schemas'

// A reviewer has read the new wording beside the old one: the flag goes, the old
// wording stays in the activity log.
export async function acknowledgeTextChange({ actor, ...input }: { actor: Actor } & Record<string, unknown>) {
  const { workspaceId, claimId, version } = parseInput(ZClaimRef, input)
  return getDb().$transaction(async (tx) => {
    const claim = await getEditableClaim(tx, actor, { workspaceId, claimId, version })
    if (!claim.textChangedAt) throw new AppError('INVALID_INPUT', 'This claim has no text change to acknowledge')
    await updateClaimAtVersion(tx, claim, { textChangedAt: null, previousQuote: null })
    await recordActivity(tx, { workspaceId, actorId: actor.id, subjectType: 'Claim', subjectId: claimId, documentId: claim.documentId, claimId, action: 'claim.textChangeAcknowledged', before: { previousQuote: claim.previousQuote, quote: claim.quote } })
    return { id: claimId }
  })
}
