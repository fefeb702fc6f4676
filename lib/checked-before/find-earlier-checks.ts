import 'server-only'
import type { Tx } from '@/lib/db/client'
import { Prisma } from '@/lib/db/generated/client'
import { trigramSql } from '@/lib/search/trigram'
import { profileClaim, type ClaimProfile } from './claim-profile'
import { compareClaims, type Comparison } from './compare-claims'
import { lookupWords, type ClaimWords } from './lookup-words'
import { CANDIDATES, ownCandidates, wordingSql, type CandidateRow } from './own-candidates'

// The matcher: for a batch of claims, the workspace's earlier checks that state the
// same thing — its verified claims in other documents, and the external checks it
// imported. Postgres finds the candidates and measures their wording; compareClaims
// decides. The app, `claimtrack match` and the benchmarks all call this.
const sql = Prisma.sql
// A figure's candidates are looked up within its own rounding again on each side, and
// at least this share of its value, for an earlier claim rounded more coarsely;
// compareClaims then compares the two with the rounding each was written with.
const FIGURE_REACH = 0.01
type QuantityLike = Parameters<typeof profileClaim>[1][number]

export interface ClaimToMatch {
  key: string
  text: string
  quantities: readonly QuantityLike[]
  // The claim's own document: an earlier check must come from another one.
  documentId?: string
}

export interface EarlierCheck {
  kind: 'claim' | 'external'
  id: string
  text: string
  comparison: Comparison
}


// `withRejected` keeps the candidates compareClaims turned down (with why), for the
// quality report's diagnostics.
export async function findEarlierChecks(tx: Tx, workspaceId: string, claims: readonly ClaimToMatch[], { top = 5, withRejected = false } = {}): Promise<Map<string, EarlierCheck[]>> {
  const found = new Map<string, EarlierCheck[]>(claims.map((claim) => [claim.key, []]))
  if (!claims.length || !(await hasEarlierChecks(tx, workspaceId))) return found
  const profiles = new Map(claims.map((claim) => [claim.key, profileClaim(claim.text, claim.quantities)]))
  const trigram = await trigramSql(tx)
  // The planner's JIT compiles these lateral joins for longer than they run.
  await tx.$executeRawUnsafe('SET LOCAL jit = off')
  const table = claimsTable(claims, profiles, await lookupWords(tx, new Map(claims.map((claim) => [claim.key, claim.text]))))
  const rows = [...(await ownCandidates(tx, workspaceId, table, trigram.textSimilarity)), ...(await externalCandidates(tx, workspaceId, table, trigram.textSimilarity))]
  const quantities = await quantitiesOf(tx, rows.filter((row) => row.kind === 'claim').map((row) => row.id))
  const candidateProfiles = new Map<string, ClaimProfile>()
  for (const row of rows) {
    const cacheKey = `${row.kind}:${row.id}`
    let profile = candidateProfiles.get(cacheKey)
    if (!profile) candidateProfiles.set(cacheKey, (profile = profileClaim(row.text, row.quantities ?? quantities.get(row.id) ?? [])))
    const comparison = compareClaims(profiles.get(row.key)!, profile, { overlap: Number(row.overlap), trigram: Number(row.trigram) })
    if (comparison.isSame || withRejected) found.get(row.key)!.push({ kind: row.kind, id: row.id, text: row.text, comparison })
  }
  for (const [key, checks] of found) {
    const seen = new Set<string>()
    const best = checks
      .sort((a, b) => b.comparison.score - a.comparison.score || b.comparison.wording - a.comparison.wording || a.id.localeCompare(b.id))
      .filter((check) => !seen.has(`${check.kind}:${check.id}`) && seen.add(`${check.kind}:${check.id}`))
    found.set(key, best.slice(0, top))
  }
  return found
}

// A workspace with nothing checked yet (the usual start) has nothing to offer: an
// import of 9,000 claims then skips profiling and looking up every one of them.
async function hasEarlierChecks(tx: Tx, workspaceId: string): Promise<boolean> {
  const [row] = await tx.$queryRaw<{ any: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM "Claim" WHERE "workspaceId" = ${workspaceId} AND status = 'VERIFIED' AND verdict IS NOT NULL AND "supersededAt" IS NULL AND "dismissedAt" IS NULL AND "orphanedAt" IS NULL)
        OR EXISTS (SELECT 1 FROM "ExternalCheck" WHERE "workspaceId" = ${workspaceId}) AS any`
  return Boolean(row?.any)
}

// The claims as a table in SQL: their lexemes, their lookup query (lookup-words.ts),
// and their figures' lookup ranges.
function claimsTable(claims: readonly ClaimToMatch[], profiles: Map<string, ClaimProfile>, words: Map<string, ClaimWords>): Prisma.Sql {
  const payload = claims.map((claim) => ({
    key: claim.key,
    text: claim.text,
    doc: claim.documentId ?? null,
    lexemes: words.get(claim.key)!.lexemes,
    words: words.get(claim.key)!.lookup,
    anyword: words.get(claim.key)!.any,
    figures: profiles.get(claim.key)!.figures.map((figure, n) => {
      const pad = Math.max((figure.high - figure.low) / 2, Math.max(Math.abs(figure.low), Math.abs(figure.high)) * FIGURE_REACH)
      return { n, unit: figure.unit, low: String(figure.low - pad), high: String(figure.high + pad), year: figure.year }
    }),
  }))
  return sql`
    SELECT q.key, q.text, q.doc, q.figures, array(SELECT jsonb_array_elements_text(q.lexemes)) AS lexemes, q.words::tsquery AS words, q.anyword::tsquery AS anyword
    FROM jsonb_to_recordset(${JSON.stringify(payload)}::jsonb) AS q(key text, text text, doc text, lexemes jsonb, words text, anyword text, figures jsonb)`
}

// Imported checks carry their figures as JSON; they are found by words, and their
// figures compared after.
async function externalCandidates(tx: Tx, workspaceId: string, table: Prisma.Sql, textSimilarity: Prisma.Sql): Promise<CandidateRow[]> {
  const [library] = await tx.$queryRaw<{ any: boolean }[]>`SELECT EXISTS (SELECT 1 FROM "ExternalCheck" WHERE "workspaceId" = ${workspaceId}) AS any`
  if (!library?.any) return []
  return tx.$queryRaw<CandidateRow[]>`
    WITH q AS (${table})
    SELECT q.key, 'external' AS kind, c.id, c."claimText" AS text, ${wordingSql(sql`ts_filter(c."searchVector", '{a}')`, sql`c."claimText"`, textSimilarity)}, c.quantities
    FROM q CROSS JOIN LATERAL (
      SELECT c.id, c."claimText", c.quantities, c."searchVector"
      FROM "ExternalCheck" c
      WHERE c."workspaceId" = ${workspaceId} AND c."searchVector" @@ q.words
      ORDER BY ts_rank_cd(ts_filter(c."searchVector", '{a}'), q.words) DESC, c.id
      LIMIT ${CANDIDATES}) c`
}

async function quantitiesOf(tx: Tx, claimIds: string[]): Promise<Map<string, QuantityLike[]>> {
  const byClaim = new Map<string, QuantityLike[]>()
  if (!claimIds.length) return byClaim
  const rows = await tx.quantity.findMany({
    where: { claimId: { in: [...new Set(claimIds)] } },
    orderBy: [{ claimId: 'asc' }, { position: 'asc' }],
    select: { claimId: true, text: true, value: true, valueMax: true, unit: true, countedNoun: true, year: true, role: true },
  })
  for (const { claimId, value, valueMax, ...rest } of rows) {
    const list = byClaim.get(claimId) ?? []
    list.push({ ...rest, value: value.toFixed(), valueMax: valueMax?.toFixed() ?? null })
    byClaim.set(claimId, list)
  }
  return byClaim
}
