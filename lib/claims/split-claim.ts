import 'server-only'
import { recordActivity } from '@/lib/activity/record-activity'
import type { Actor } from '@/lib/auth/actor'
import { getDb } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import { parseInput } from '@/lib/validation'
import { getEditableClaim, requireCurrentAnchor, updateClaimAtVersion } from './editable-claim'
import { insertSpanClaims } from './insert-span-claims'
import { ZSplitClaim } from './schemas'
import { refreshAfterWrite } from '@/lib/checked-before/refresh-prior-checks'

// One claim becomes two at an offset inside it (an offset into the revision text).
// The original stays, marked superseded.
export async function splitClaim({ actor, ...input }: { actor: Actor } & Record<string, unknown>) {
  const { workspaceId, claimId, version, at } = parseInput(ZSplitClaim, input)
  const split = await getDb().$transaction(async (tx) => {
    const claim = await getEditableClaim(tx, actor, { workspaceId, claimId, version })
    await requireCurrentAnchor(tx, claim)
    if (at <= claim.start || at >= claim.end) {
      throw new AppError('INVALID_INPUT', `Split inside the claim: between ${claim.start + 1} and ${claim.end - 1}`, [{ field: 'at', message: 'is not inside the claim' }])
    }
    const text = claim.revision.text
    // Whitespace at the cut belongs to neither part.
    const left = { start: claim.start, end: claim.start + text.slice(claim.start, at).trimEnd().length }
    const rightStart = at + (text.slice(at, claim.end).length - text.slice(at, claim.end).trimStart().length)
    const right = { start: rightStart, end: claim.end }
    const revision = { workspaceId, documentId: claim.documentId, revisionId: claim.revisionId, text }
    const ids = await insertSpanClaims(tx, revision, [left, right], 'SPLIT', actor.id)
    await updateClaimAtVersion(tx, claim, { supersededAt: new Date() })
    await recordActivity(tx, { workspaceId, actorId: actor.id, subjectType: 'Claim', subjectId: claim.id, documentId: claim.documentId, claimId: claim.id, action: 'claim.split', before: { start: claim.start, end: claim.end }, after: { claimIds: ids, at } })
    return { ids, documentId: claim.documentId }
  })
  await refreshAfterWrite({ workspaceId, documentId: split.documentId, claimIds: split.ids })
  return { ids: split.ids }
}
