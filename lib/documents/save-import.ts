import 'server-only'
import { announceActivitySql } from '@/lib/activity/record-activity'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { refreshAfterWrite } from '@/lib/checked-before/refresh-prior-checks'
import { insertClaims, insertQuantities } from '@/lib/claims/bulk-insert-claims'
import { toClaimRows } from '@/lib/claims/claim-rows'
import { getDb } from '@/lib/db/client'
import { timeOrderedId } from '@/lib/db/time-ordered-id'
import type { Prisma } from '@/lib/db/generated/client'
import type { PrismaPromise } from '@/lib/db/generated/internal/prismaNamespace'
import { explainDuplicate } from './reject-duplicate'
import type { PreparedImport } from './prepare-import'

// Prisma bounds even a batch transaction (5 s by default). The batch has no JavaScript
// between its statements and imports run a bounded few at a time (lib/jobs/), so this
// only has to cover Postgres writing 20,000 rows on a busy machine.
const BATCH_OPTIONS = { timeout: 120_000, maxWait: 10_000 }

export interface SavedImport {
  id: string
  title: string
  contentHash: string
  claimCount: number
  quantityCount: number
}

// Writes the document, its first revision, its claims and quantities in batches, and
// the activity row, as one batch transaction: the statements go to Postgres back to
// back with no JavaScript between them, so no interactive-transaction timeout can
// break a 9,000-claim import, and the document appears only once it is whole (a
// failure leaves nothing). `alongside` adds statements that must commit with it (the
// import job's completion). The role was checked by prepareImport and is checked again
// here, after the extraction, the moment before writing.
export async function saveImport({ actor, prepared, alongside = () => [] }: { actor: Actor; prepared: PreparedImport; alongside?: (documentId: string) => PrismaPromise<unknown>[] }): Promise<SavedImport> {
  const { workspaceId, text, blocks, source, contentHash, publishedAt, claims, ...metadata } = prepared
  const db = getDb()
  await requireWorkspaceAccess(db, actor, workspaceId, 'document.create')
  const documentId = timeOrderedId()
  const revisionId = timeOrderedId()
  const { claimRows, quantityRows } = toClaimRows({ workspaceId, documentId, revisionId, text }, claims)
  const after = { title: metadata.title, contentHash, characters: text.length, source, claims: claimRows.length, quantities: quantityRows.length }
  // A duplicate text (another import may have saved it since prepareImport looked) is
  // refused by the unique index on the document's row and named by explainDuplicate.
  await db
    .$transaction([
      db.document.create({
        data: {
          ...metadata,
          id: documentId,
          workspaceId,
          contentHash,
          publishedAt: publishedAt ? new Date(`${publishedAt}T00:00:00Z`) : null,
          createdById: actor.id,
          revisions: { create: { id: revisionId, number: 1, text, contentHash, blocks: (blocks ?? undefined) as Prisma.InputJsonValue | undefined, source, createdById: actor.id } },
        },
      }),
      ...insertClaims(db, claimRows),
      ...insertQuantities(db, quantityRows),
      ...alongside(documentId),
      // Last, so its id is taken just before the commit: the row and announcement of
      // recordActivity, in one statement, since a batch cannot pass the id along.
      db.$queryRaw`
        WITH event AS (
          INSERT INTO "ActivityEvent" ("workspaceId", "actorId", "subjectType", "subjectId", "documentId", action, after)
          VALUES (${workspaceId}, ${actor.id}, 'Document', ${documentId}, ${documentId}, 'document.created', ${JSON.stringify(after)}::jsonb)
          RETURNING *
        )
        SELECT ${announceActivitySql('event')}::int AS announced`,
    ], BATCH_OPTIONS)
    .catch((error: unknown) => explainDuplicate(error, workspaceId, contentHash))
  // "Checked before": each new claim against the workspace's earlier checks.
  await refreshAfterWrite({ workspaceId, documentId })
  return { id: documentId, title: metadata.title, contentHash, claimCount: claimRows.length, quantityCount: quantityRows.length }
}
