import 'server-only'
import type { Tx } from '@/lib/db/client'
import { Prisma } from '@/lib/db/generated/client'
import { trigramSql } from '@/lib/search/trigram'
import { profileClaim, type ClaimProfile } from './claim-profile'
import { compareClaims, type Comparison } from './compare-claims'

// The matcher: for a batch of claims, the workspace's earlier checks that state the
// same thing — its verified claims in other documents, and the external checks it
// imported. Postgres finds the candidates and measures their wording; compareClaims
// decides. The app, `claimtrack match` and the benchmarks all call this.
const sql = Prisma.sql
const CONFIG = Prisma.raw(`'claimtrack_search'::regconfig`)
// Candidates looked at per claim, best-worded first.
const CANDIDATES = 30
// A figure's candidates are looked up within this share of its value (their own
// rounding may be coarser than the claim's: "5%" for "5.4%"); compareClaims then
// compares the two with the rounding each was written with.
const FIGURE_REACH = 0.1

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

interface CandidateRow {
  key: string
  kind: 'claim' | 'external'
  id: string
  text: string
  overlap: number
  trigram: number
  quantities: QuantityLike[] | null
}

// `withRejected` keeps the candidates compareClaims turned down (with why), for the
// quality report's diagnostics.
export async function findEarlierChecks(tx: Tx, workspaceId: string, claims: readonly ClaimToMatch[], { top = 5, withRejected = false } = {}): Promise<Map<string, EarlierCheck[]>> {
  const found = new Map<string, EarlierCheck[]>(claims.map((claim) => [claim.key, []]))
  if (!claims.length) return found
  const profiles = new Map(claims.map((claim) => [claim.key, profileClaim(claim.text, claim.quantities)]))
  const trigram = await trigramSql(tx)
  const rows = [...(await ownCandidates(tx, workspaceId, claims, trigram.textSimilarity)), ...(await externalCandidates(tx, workspaceId, claims, trigram.textSimilarity))]
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

// The claims as a table in SQL: their words as an OR query and as lexemes (numbers
// left out: figures are compared as quantities, not as words), and their figures'
// lookup ranges.
function claimsTable(claims: readonly ClaimToMatch[]): Prisma.Sql {
  const payload = claims.map((claim) => ({
    key: claim.key,
    text: claim.text,
    doc: claim.documentId ?? null,
    figures: claim.quantities.map((quantity) => {
      const values = [Number(quantity.value), Number(quantity.valueMax ?? quantity.value)]
      const reach = Math.max(...values.map(Math.abs)) * FIGURE_REACH
      return { unit: quantity.unit, low: String(Math.min(...values) - reach), high: String(Math.max(...values) + reach) }
    }),
  }))
  return sql`
    SELECT q.key, q.text, q.doc, q.figures,
      array_to_string(array(SELECT quote_literal(l) FROM unnest(w.lexemes) l), ' | ')::tsquery AS words,
      w.lexemes
    FROM jsonb_to_recordset(${JSON.stringify(payload)}::jsonb) AS q(key text, text text, doc text, figures jsonb)
    CROSS JOIN LATERAL (SELECT array(SELECT l FROM unnest(tsvector_to_array(to_tsvector(${CONFIG}, q.text))) l WHERE l !~ '^[0-9.,]+$') AS lexemes) w`
}

// Dice over the two sets of lexemes, and the trigram similarity of the two texts.
function wordingSql(vector: Prisma.Sql, text: Prisma.Sql, textSimilarity: Prisma.Sql): Prisma.Sql {
  return sql`
    (SELECT CASE WHEN cardinality(q.lexemes) + count(*) = 0 THEN 0 ELSE 2.0 * count(*) FILTER (WHERE l = ANY(q.lexemes)) / (cardinality(q.lexemes) + count(*)) END
       FROM unnest(tsvector_to_array(${vector})) l WHERE l !~ '^[0-9.,]+$')::float8 AS overlap,
    ${textSimilarity}(${text}, q.text)::float8 AS trigram`
}

// The workspace's verified claims: by figure for a claim with figures (an earlier
// check must share one), by words for one without.
async function ownCandidates(tx: Tx, workspaceId: string, claims: readonly ClaimToMatch[], textSimilarity: Prisma.Sql): Promise<CandidateRow[]> {
  const verified = sql`c."workspaceId" = ${workspaceId} AND c.status = 'VERIFIED' AND c.verdict IS NOT NULL AND c."supersededAt" IS NULL AND c."dismissedAt" IS NULL
    AND (q.doc IS NULL OR c."documentId" <> q.doc)`
  const quoteVector = sql`ts_filter(c."searchVector", '{a}')`
  const byFigure = claims.filter((claim) => claim.quantities.length)
  const byWords = claims.filter((claim) => !claim.quantities.length)
  const rows: CandidateRow[] = []
  if (byFigure.length) {
    rows.push(
      ...(await tx.$queryRaw<CandidateRow[]>`
        WITH q AS (${claimsTable(byFigure)})
        SELECT q.key, 'claim' AS kind, c.id, c.quote AS text, c.overlap, c.trigram, NULL::jsonb AS quantities
        FROM q CROSS JOIN LATERAL (
          SELECT c.id, c.quote, ${wordingSql(quoteVector, sql`c.quote`, textSimilarity)}
          FROM "Claim" c
          WHERE ${verified} AND c.id IN (
            SELECT x."claimId" FROM "Quantity" x, jsonb_to_recordset(q.figures) f(unit text, low numeric, high numeric)
            WHERE x.unit = f.unit AND x.value BETWEEN f.low AND f.high)
          ORDER BY ts_rank_cd(${quoteVector}, q.words) DESC, c.id
          LIMIT ${CANDIDATES}) c`),
    )
  }
  if (byWords.length) {
    rows.push(
      ...(await tx.$queryRaw<CandidateRow[]>`
        WITH q AS (${claimsTable(byWords)})
        SELECT q.key, 'claim' AS kind, c.id, c.quote AS text, c.overlap, c.trigram, NULL::jsonb AS quantities
        FROM q CROSS JOIN LATERAL (
          SELECT c.id, c.quote, ${wordingSql(quoteVector, sql`c.quote`, textSimilarity)}
          FROM "Claim" c
          WHERE ${verified} AND c."searchVector" @@ q.words
          ORDER BY ts_rank_cd(${quoteVector}, q.words) DESC, c.id
          LIMIT ${CANDIDATES}) c`),
    )
  }
  return rows
}

// Imported checks carry their figures as JSON; they are found by words, and their
// figures compared after.
async function externalCandidates(tx: Tx, workspaceId: string, claims: readonly ClaimToMatch[], textSimilarity: Prisma.Sql): Promise<CandidateRow[]> {
  const [library] = await tx.$queryRaw<{ any: boolean }[]>`SELECT EXISTS (SELECT 1 FROM "ExternalCheck" WHERE "workspaceId" = ${workspaceId}) AS any`
  if (!library?.any) return []
  return tx.$queryRaw<CandidateRow[]>`
    WITH q AS (${claimsTable(claims)})
    SELECT q.key, 'external' AS kind, c.id, c."claimText" AS text, c.overlap, c.trigram, c.quantities
    FROM q CROSS JOIN LATERAL (
      SELECT c.id, c."claimText", c.quantities, ${wordingSql(sql`ts_filter(c."searchVector", '{a}')`, sql`c."claimText"`, textSimilarity)}
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
