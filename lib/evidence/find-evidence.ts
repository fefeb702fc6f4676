import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import { parseInput } from '@/lib/validation'
import { toEvidenceView } from './evidence-view'
import { ZClaimEvidenceRef } from './schemas'

// A claim's evidence in the order it was added, each with its source (retracted ones
// flagged) and its figure compared with the claim's.
export async function findEvidence({ actor, ...input }: { actor: Actor } & Record<string, unknown>) {
  const { workspaceId, claimId } = parseInput(ZClaimEvidenceRef, input)
  return getDb().$transaction(async (tx) => {
    await requireWorkspaceAccess(tx, actor, workspaceId, 'workspace.read')
    const claim = await tx.claim.findFirst({ where: { id: claimId, workspaceId }, include: { quantities: true } })
    if (!claim) throw new AppError('NOT_FOUND', 'Claim not found')
    const evidence = await tx.evidence.findMany({
      where: { claimId, workspaceId, removedAt: null },
      include: { source: true },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    })
    return evidence.map((item) => toEvidenceView(item, claim.quantities))
  })
}
