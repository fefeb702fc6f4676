import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import type { Tx } from '@/lib/db/client'
import { lockLatestRevision } from '@/lib/documents/lock-document'
import { AppError } from '@/lib/errors'

// A current claim of the workspace that the actor may edit, checked against the
// version the client last saw (optimistic concurrency: the loser gets a conflict).
export async function getEditableClaim(tx: Tx, actor: Actor, { workspaceId, claimId, version }: { workspaceId: string; claimId: string; version?: number }) {
  await requireWorkspaceAccess(tx, actor, workspaceId, 'claim.edit')
  const claim = await tx.claim.findFirst({ where: { id: claimId, workspaceId, supersededAt: null }, include: { revision: { select: { text: true } } } })
  if (!claim) throw new AppError('NOT_FOUND', 'Claim not found')
  if (version !== undefined && version !== claim.version) {
    throw new AppError('CONFLICT', 'Someone changed this claim since you opened it. Reload to see their change.', [], { currentVersion: String(claim.version) })
  }
  return claim
}

// Updates a claim only if nobody else did in between; bumps its version.
export async function updateClaimAtVersion(tx: Tx, claim: { id: string; version: number }, data: Parameters<Tx['claim']['update']>[0]['data']) {
  const { count } = await tx.claim.updateMany({ where: { id: claim.id, version: claim.version }, data: { ...data, version: { increment: 1 } } })
  if (count === 0) throw new AppError('CONFLICT', 'Someone changed this claim at the same moment. Reload to see their change.')
}

// For changes that depend on where a claim stands (split, merge): holds off edits of
// the document until the transaction ends, and refuses a claim an edit has moved on.
export async function requireCurrentAnchor(tx: Tx, claim: { workspaceId: string; documentId: string; revisionId: string; orphanedAt: Date | null }) {
  if (claim.orphanedAt) throw new AppError('INVALID_INPUT', 'This claim lost its place in an edit of the text: re-attach it to the words first')
  const latest = await lockLatestRevision(tx, claim.workspaceId, claim.documentId, 'claims')
  if (latest.id !== claim.revisionId) throw new AppError('CONFLICT', 'The document was edited since you opened it. Reload to see the new text.')
  return latest
}
