import 'server-only'
import { z } from 'zod'
import { recordActivity } from '@/lib/activity/record-activity'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb, type Tx } from '@/lib/db/client'
import { extractQuantities } from '@/lib/extract'
import { parseInput, ZId } from '@/lib/validation'
import type { ClaimReviewFields } from './claim-review-schema'
import { parseClaimReviews } from './parse-claim-reviews'
import { ratingVerdict } from './rating-verdict'

export { JsonLines, parseJsonLines } from './parse-claim-reviews'

// Bringing another fact-checker's reviews into the library changes what every claim
// of the workspace is matched against: the same permission as adding documents.
const PERMISSION = 'document.create'
const BATCH = 500
// Up to 5,000 reviews in one transaction.
const TRANSACTION_OPTIONS = { timeout: 120_000, maxWait: 10_000 }

const ZImportTarget = z.object({ workspaceId: ZId })

export interface ImportExternalChecksResult {
  imported: number
  updated: number
}

// Imports ClaimReview JSON-LD (parsed JSON, or JsonLines from parseJsonLines) into the
// workspace's library of external checks. All or nothing: one malformed review rejects
// the upload with the place of each problem. A review already there (same url and
// claim text) is updated, not repeated.
export async function importExternalChecks({ actor, input, ...target }: { actor: Actor; input: unknown; workspaceId?: unknown }): Promise<ImportExternalChecksResult> {
  const { workspaceId } = parseInput(ZImportTarget, target)
  // Before reading the upload: someone who may not import learns nothing from its problems.
  await requireWorkspaceAccess(getDb(), actor, workspaceId, PERMISSION)
  const rows = [...new Map(parseClaimReviews(input).map((review) => [keyOf(review), toRow(review)])).values()]
  return getDb().$transaction(async (tx) => {
    await requireWorkspaceAccess(tx, actor, workspaceId, PERMISSION)
    const existing = await existingIds(tx, workspaceId, rows)
    const fresh = rows.filter((row) => !existing.has(keyOf(row)))
    const known = rows.filter((row) => existing.has(keyOf(row))).map((row) => ({ ...row, id: existing.get(keyOf(row))! }))
    for (let at = 0; at < fresh.length; at += BATCH) {
      await tx.externalCheck.createMany({ data: fresh.slice(at, at + BATCH).map((row) => ({ ...row, workspaceId, importedById: actor.id })) })
    }
    for (let at = 0; at < known.length; at += BATCH) await updateRows(tx, known.slice(at, at + BATCH))
    const result = { imported: fresh.length, updated: known.length }
    await recordActivity(tx, { workspaceId, actorId: actor.id, subjectType: 'Workspace', subjectId: workspaceId, action: 'external_checks.imported', after: { ...result, publishers: publishersOf(rows) } })
    return result
  }, TRANSACTION_OPTIONS)
}

type Row = ReturnType<typeof toRow>

function toRow(review: ClaimReviewFields) {
  // Stored as the matcher reads them (find-earlier-checks.ts): exact decimals as strings.
  const quantities = extractQuantities(review.claimText).map((quantity) => ({
    text: quantity.text,
    value: quantity.value,
    valueMax: quantity.valueMax ?? null,
    unit: quantity.unit,
    countedNoun: quantity.countedNoun ?? null,
    qualifier: quantity.qualifier ?? null,
    year: quantity.year ?? null,
  }))
  return { ...review, verdict: ratingVerdict(review), quantities }
}

const keyOf = (row: { url: string; claimText: string }) => JSON.stringify([row.url, row.claimText])

async function existingIds(tx: Tx, workspaceId: string, rows: readonly Row[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>()
  const urls = [...new Set(rows.map((row) => row.url))]
  for (let at = 0; at < urls.length; at += BATCH) {
    const found = await tx.externalCheck.findMany({ where: { workspaceId, url: { in: urls.slice(at, at + BATCH) } }, select: { id: true, url: true, claimText: true } })
    for (const row of found) ids.set(keyOf(row), row.id)
  }
  return ids
}

// One statement a batch; the key (workspace, url, claim text) stays, the rest is the
// publisher's latest word. The search trigger refreshes searchVector.
async function updateRows(tx: Tx, rows: readonly (Row & { id: string })[]): Promise<void> {
  const payload = JSON.stringify(rows.map(({ id, publisherName, publisherUrl, ratingName, ratingValue, bestRating, worstRating, verdict, reviewedAt, claimAuthor, quantities }) => ({ id, publisherName, publisherUrl, ratingName, ratingValue, bestRating, worstRating, verdict, reviewedAt, claimAuthor, quantities })))
  await tx.$executeRaw`
    UPDATE "ExternalCheck" AS e SET
      "publisherName" = r."publisherName", "publisherUrl" = r."publisherUrl", "ratingName" = r."ratingName",
      "ratingValue" = r."ratingValue", "bestRating" = r."bestRating", "worstRating" = r."worstRating",
      verdict = r.verdict::"Verdict", "reviewedAt" = r."reviewedAt", "claimAuthor" = r."claimAuthor", quantities = r.quantities
    FROM jsonb_to_recordset(${payload}::jsonb) AS r(id text, "publisherName" text, "publisherUrl" text, "ratingName" text, "ratingValue" numeric, "bestRating" numeric,
      "worstRating" numeric, verdict text, "reviewedAt" timestamp(3), "claimAuthor" text, quantities jsonb)
    WHERE e.id = r.id`
}

// For the history: who the reviews came from (the first few).
function publishersOf(rows: readonly Row[]): string[] {
  return [...new Set(rows.map((row) => row.publisherName))].slice(0, 5)
}
