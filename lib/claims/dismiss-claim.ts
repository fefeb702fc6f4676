import 'server-only'
import { recordActivity } from '@/lib/activity/record-activity'
import type { Actor } from '@/lib/auth/actor'
import { getDb } from '@/lib/db/client'
import { parseInput } from '@/lib/validation'
import { getEditableClaim, updateClaimAtVersion } from './editable-claim'
import { ZDismissClaim } from './schemas'

// Dismissing hides a claim from the review without deleting it; it can be restored.
export async function setClaimDismissed({ actor, ...input }: { actor: Actor } & Record<string, unknown>) {
  const { workspaceId, claimId, version, isDismissed } = parseInput(ZDismissClaim, input)
  return getDb().$transaction(async (tx) => {
    const claim = await getEditableClaim(tx, actor, { workspaceId, claimId, version })
    if ((claim.dismissedAt !== null) === isDismissed) return { id: claim.id, isDismissed }
    await updateClaimAtVersion(tx, claim, isDismissed ? { dismissedAt: new Date(), dismissedById: actor.id } : { dismissedAt: null, dismissedById: null })
    await recordActivity(tx, { workspaceId, actorId: actor.id, subjectType: 'Claim', subjectId: claim.id, documentId: claim.documentId, claimId: claim.id, action: isDismissed ? 'claim.dismissed' : 'claim.restored' })
    return { id: claim.id, isDismissed }
  })
}
