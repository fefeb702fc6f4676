import 'server-only'
import type { Tx } from '@/lib/db/client'
import { Prisma } from '@/lib/db/generated/client'
import type { profileClaim } from './claim-profile'

// Candidates for the claims in `table` (find-earlier-checks' claimsTable) among the
// workspace's own verified claims. A claim with figures is looked up by its figures,
// from the quantity indexes alone: claims with a figure in its unit within rounding
// and of its year (or of none), however different their words ("Washington spent
// $1.83tn more than it collected" shares no rare word with "the US federal budget
// deficit reached $1.83 trillion"). Only when every figure is common (more than
// BY_FIGURE claims have it), and for a claim without figures, are claims looked up by
// their rarer words too (lookup-words.ts); those are not filtered by figure in SQL
// (a visit to each one's quantities cost more than comparing a few more in
// compareClaims). Each candidate costs a visit to its row: at a million claims, the
// time of the whole match is in these visits.
const sql = Prisma.sql
// Candidates looked at per claim, best-worded first.
export const CANDIDATES = 12
// At most this many claims sharing its rarer words are ranked for one claim: a claim
// of only everyday words ("the rate stood at 13% in 2018") must not cost a scan of
// the library. With real text the rarer words rarely find more.
const EXAMINED = 200
const BY_FIGURE = 60
// Of them, claims whose figure has no year, for a figure that has one: fewer, as a
// figure's year is usually read from both.
const BY_FIGURE_WITHOUT_YEAR = 20

export interface CandidateRow {
  key: string
  kind: 'claim' | 'external'
  id: string
  text: string
  overlap: number
  trigram: number
  quantities: QuantityLike[] | null
}

type QuantityLike = Parameters<typeof profileClaim>[1][number]

// Dice over the two sets of lexemes, and the trigram similarity of the two texts.
export function wordingSql(vector: Prisma.Sql, text: Prisma.Sql, textSimilarity: Prisma.Sql): Prisma.Sql {
  return sql`
    (SELECT CASE WHEN cardinality(q.lexemes) + count(*) = 0 THEN 0 ELSE 2.0 * count(*) FILTER (WHERE l = ANY(q.lexemes)) / (cardinality(q.lexemes) + count(*)) END
       FROM unnest(tsvector_to_array(${vector})) l WHERE l !~ '^[0-9.,]+$')::float8 AS overlap,
    ${textSimilarity}(${text}, q.text)::float8 AS trigram`
}

export async function ownCandidates(tx: Tx, workspaceId: string, table: Prisma.Sql, textSimilarity: Prisma.Sql): Promise<CandidateRow[]> {
  const quoteVector = sql`ts_filter(c."searchVector", '{a}')`
  const isLive = sql`c."workspaceId" = ${workspaceId} AND c.status = 'VERIFIED' AND c.verdict IS NOT NULL AND c."supersededAt" IS NULL AND c."dismissedAt" IS NULL AND c."orphanedAt" IS NULL
    AND (q.doc IS NULL OR c."documentId" <> q.doc)`
  const byFigure = (where: Prisma.Sql, limit = BY_FIGURE + 1) => sql`(SELECT x."claimId" FROM "Quantity" x WHERE x.unit = f.unit AND x.value BETWEEN f.low AND f.high AND ${where} LIMIT ${limit})`
  return tx.$queryRaw<CandidateRow[]>`
    WITH q0 AS (${table}),
    -- Each figure's claims: of its year or of none when it has one, else of any year.
    figure AS (
      SELECT q0.key, f.n, x."claimId"
      FROM q0, jsonb_to_recordset(q0.figures) f(n int, unit text, low numeric, high numeric, year int)
      CROSS JOIN LATERAL (
        ${byFigure(sql`f.year IS NOT NULL AND x.year = f.year`)}
        UNION ALL ${byFigure(sql`f.year IS NOT NULL AND x.year IS NULL`, BY_FIGURE_WITHOUT_YEAR)}
        UNION ALL ${byFigure(sql`f.year IS NULL`)}) x),
    found AS (
      SELECT key, array_agg(DISTINCT "claimId") AS ids, bool_and(common) AS common
      FROM (SELECT key, "claimId", count(*) OVER (PARTITION BY key, n) > ${BY_FIGURE} AS common FROM figure) counted
      GROUP BY key),
    q AS (
      SELECT q0.*, coalesce(found.ids, '{}') AS ids, CASE WHEN jsonb_array_length(q0.figures) = 0 THEN true ELSE coalesce(found.common, false) END AS by_words
      FROM q0 LEFT JOIN found USING (key))
    SELECT q.key, 'claim' AS kind, c.id, c.quote AS text, ${wordingSql(quoteVector, sql`c.quote`, textSimilarity)}, NULL::jsonb AS quantities
    FROM q CROSS JOIN LATERAL (
      SELECT * FROM (
        (SELECT c.id, c.quote, c."searchVector"
        FROM "Claim" c
        WHERE q.by_words AND ${isLive} AND c."searchVector" @@ q.words
        LIMIT ${EXAMINED})
        UNION
        (SELECT c.id, c.quote, c."searchVector" FROM "Claim" c WHERE c.id = ANY(q.ids) AND ${isLive})) c
      ORDER BY ts_rank_cd(${quoteVector}, q.anyword) DESC, c.id
      LIMIT ${CANDIDATES}) c`
}
