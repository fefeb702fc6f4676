import 'server-only'
import { recordActivity } from '@/lib/activity/record-activity'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import { parseInput } from '@/lib/validation'
import { requireCurrentAnchor } from './editable-claim'
import { insertSpanClaims } from './insert-span-claims'
import { ZMergeClaims } from './schemas'
import { refreshAfterWrite } from '@/lib/checked-before/refresh-prior-checks'

// Several claims of one revision become one claim over the span they cover together.
// The originals stay, marked superseded, so history and reports can still cite them.
export async function mergeClaims({ actor, ...input }: { actor: Actor } & Record<string, unknown>) {
  const { workspaceId, claimIds } = parseInput(ZMergeClaims, input)
  const merged = await getDb().$transaction(async (tx) => {
    await requireWorkspaceAccess(tx, actor, workspaceId, 'claim.edit')
    const claims = await tx.claim.findMany({ where: { id: { in: claimIds }, workspaceId, supersededAt: null }, include: { revision: { select: { text: true } } } })
    if (claims.length !== new Set(claimIds).size) throw new AppError('NOT_FOUND', 'One of the claims to merge was not found (or was already merged or split)')
    const [first] = claims
    if (claims.some((claim) => claim.revisionId !== first!.revisionId)) throw new AppError('INVALID_INPUT', 'Only claims of the same document revision can be merged')
    for (const claim of claims) await requireCurrentAnchor(tx, claim)
    const span = { start: Math.min(...claims.map((claim) => claim.start)), end: Math.max(...claims.map((claim) => claim.end)) }
    const revision = { workspaceId, documentId: first!.documentId, revisionId: first!.revisionId, text: first!.revision.text }
    const [mergedId] = await insertSpanClaims(tx, revision, [span], 'MERGED', actor.id)
    // Only claims still current: a merge or split committed meanwhile makes this one lose.
    const { count } = await tx.claim.updateMany({ where: { id: { in: claimIds }, workspaceId, supersededAt: null }, data: { supersededAt: new Date(), version: { increment: 1 } } })
    if (count !== claims.length) throw new AppError('CONFLICT', 'One of these claims was merged or split by someone else just now. Reload and try again.')
    await recordActivity(tx, { workspaceId, actorId: actor.id, subjectType: 'Claim', subjectId: mergedId!, documentId: first!.documentId, claimId: mergedId!, action: 'claim.merged', before: { claimIds }, after: { claimId: mergedId, ...span } })
    return { id: mergedId!, documentId: first!.documentId }
  })
  await refreshAfterWrite({ workspaceId, documentId: merged.documentId, claimIds: [merged.id] })
  return { id: merged.id }
}
