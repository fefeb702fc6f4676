import 'server-only'
import { getDb, type Tx } from '@/lib/db/client'
import { describeMatch } from './describe-match'
import { findEarlierChecks } from './find-earlier-checks'

// Earlier checks offered per claim; the panel shows the best first.
const OFFERED = 3

// Matches a document's claims (or some of them) against the workspace's earlier
// checks and rewrites their PriorCheck rows. A dismissal or a reuse is remembered: its
// row stays, and a dismissed check is never offered again for that claim. Runs after
// the write that changed the claims has committed (an import, an edit, a new claim),
// so a slow match never holds that write's locks.
export async function refreshPriorChecks({ workspaceId, documentId, claimIds }: { workspaceId: string; documentId: string; claimIds?: string[] }): Promise<void> {
  await getDb().$transaction((tx) => refreshInTransaction(tx, { workspaceId, documentId, claimIds }), { timeout: 60_000, maxWait: 10_000 })
}

export async function refreshInTransaction(tx: Tx, { workspaceId, documentId, claimIds }: { workspaceId: string; documentId: string; claimIds?: string[] }): Promise<void> {
  const claims = await tx.claim.findMany({
    where: { workspaceId, documentId, supersededAt: null, dismissedAt: null, ...(claimIds ? { id: { in: claimIds } } : {}) },
    select: { id: true, quote: true, quantities: { orderBy: { position: 'asc' }, select: { text: true, value: true, valueMax: true, unit: true, countedNoun: true, qualifier: true, year: true } } },
  })
  if (!claims.length) return
  const found = await findEarlierChecks(
    tx,
    workspaceId,
    claims.map((claim) => ({
      key: claim.id,
      text: claim.quote,
      documentId,
      quantities: claim.quantities.map(({ value, valueMax, ...rest }) => ({ ...rest, value: value.toFixed(), valueMax: valueMax?.toFixed() ?? null })),
    })),
    { top: OFFERED },
  )
  const ids = claims.map((claim) => claim.id)
  const kept = await tx.priorCheck.findMany({ where: { claimId: { in: ids } }, select: { id: true, claimId: true, earlierClaimId: true, externalCheckId: true, dismissedAt: true, reusedAt: true } })
  const keyOf = (row: { claimId: string; earlierClaimId: string | null; externalCheckId: string | null }) => `${row.claimId}:${row.earlierClaimId ?? `x:${row.externalCheckId}`}`
  const existing = new Map(kept.map((row) => [keyOf(row), row]))
  const matched = new Set<string>()
  for (const claim of claims) {
    for (const check of found.get(claim.id) ?? []) {
      const link = check.kind === 'claim' ? { earlierClaimId: check.id, externalCheckId: null } : { earlierClaimId: null, externalCheckId: check.id }
      const key = keyOf({ claimId: claim.id, ...link })
      matched.add(key)
      const data = { score: check.comparison.score, reason: { ...describeMatch(check.comparison), kind: check.kind }, matchedQuote: claim.quote }
      const row = existing.get(key)
      if (row) await tx.priorCheck.update({ where: { id: row.id }, data })
      else await tx.priorCheck.create({ data: { workspaceId, claimId: claim.id, ...link, ...data } })
    }
  }
  // No longer a match (the words changed, the earlier claim lost its verdict): gone,
  // unless a reviewer acted on it.
  const stale = kept.filter((row) => !matched.has(keyOf(row)) && !row.dismissedAt && !row.reusedAt).map((row) => row.id)
  if (stale.length) await tx.priorCheck.deleteMany({ where: { id: { in: stale } } })
}

// For the services that change claims: matching is a suggestion, so its failure is
// logged and never undoes the write that has already committed.
export async function refreshAfterWrite(scope: { workspaceId: string; documentId: string; claimIds?: string[] }): Promise<void> {
  await refreshPriorChecks(scope).catch((error: unknown) => console.error(`[claimtrack] "checked before" matching failed for document ${scope.documentId}:`, error))
}
