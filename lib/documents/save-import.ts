import 'server-only'
import { recordActivity } from '@/lib/activity/record-activity'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { toClaimRows } from '@/lib/claims/claim-rows'
import { extractInChunks, type ExtractionProgress } from '@/lib/claims/extract-in-chunks'
import { getDb } from '@/lib/db/client'
import type { Prisma } from '@/lib/db/generated/client'
import { explainDuplicate } from './reject-duplicate'
import type { PreparedImport } from './prepare-import'
import { refreshAfterWrite } from '@/lib/checked-before/refresh-prior-checks'

// Large documents have tens of thousands of claims; their insert takes longer than
// Prisma's default five-second transaction limit.
const TRANSACTION_OPTIONS = { timeout: 120_000, maxWait: 10_000 }
const INSERT_BATCH = 5_000

// Extracts the claims (in chunks, reporting progress), then writes the document, its
// first revision, its claims and quantities and the activity row in one transaction.
export async function saveImport({ actor, prepared, onProgress }: { actor: Actor; prepared: PreparedImport; onProgress?: (progress: ExtractionProgress) => void }) {
  const claims = await extractInChunks(prepared.text, onProgress)
  const { workspaceId, text, blocks, source, contentHash, publishedAt, ...metadata } = prepared
  const saved = await getDb().$transaction(async (tx) => {
    // Checked again inside the transaction: the role or the workspace may have changed.
    await requireWorkspaceAccess(tx, actor, workspaceId, 'document.create')
    // A duplicate text (prepareImport checked before the extraction; another import
    // may have saved it since) is refused by the unique index on the document's row,
    // before any claim is written, and named by explainDuplicate.
    const document = await tx.document.create({
      data: {
        ...metadata,
        workspaceId,
        contentHash,
        publishedAt: publishedAt ? new Date(`${publishedAt}T00:00:00Z`) : null,
        createdById: actor.id,
        revisions: { create: { number: 1, text, contentHash, blocks: (blocks ?? undefined) as Prisma.InputJsonValue | undefined, source, createdById: actor.id } },
      },
      include: { revisions: { select: { id: true } } },
    })
    const revision = { workspaceId, documentId: document.id, revisionId: document.revisions[0]!.id, text }
    const { claimRows, quantityRows } = toClaimRows(revision, claims)
    for (let i = 0; i < claimRows.length; i += INSERT_BATCH) await tx.claim.createMany({ data: claimRows.slice(i, i + INSERT_BATCH) })
    for (let i = 0; i < quantityRows.length; i += INSERT_BATCH) await tx.quantity.createMany({ data: quantityRows.slice(i, i + INSERT_BATCH) })
    await recordActivity(tx, {
      workspaceId,
      actorId: actor.id,
      subjectType: 'Document',
      subjectId: document.id,
      documentId: document.id,
      action: 'document.created',
      after: { title: document.title, contentHash, characters: text.length, source, claims: claimRows.length, quantities: quantityRows.length },
    })
    return { id: document.id, title: document.title, contentHash, claimCount: claimRows.length, quantityCount: quantityRows.length }
  }, TRANSACTION_OPTIONS).catch((error: unknown) => explainDuplicate(error, workspaceId, contentHash))
  // "Checked before": each new claim against the workspace's earlier checks.
  await refreshAfterWrite({ workspaceId, documentId: saved.id })
  return saved
}
