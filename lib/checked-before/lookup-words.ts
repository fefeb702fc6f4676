import 'server-only'
import type { Tx } from '@/lib/db/client'
import { Prisma } from '@/lib/db/generated/client'

// The words a claim's candidates are looked up by. A common word ("rose", "year",
// "million") is in too many claims to look them up with: a claim is looked up by its
// rarer words (Postgres's own statistics of the column say which are common), any of
// them; and when even those would find thousands of claims, a candidate must share
// two of them. All its words still count in the wording.
const CONFIG = Prisma.raw(`'claimtrack_search'::regconfig`)
const COMMON_WORD_SHARE = 0.002
// At most this many of the rarest words; pairs of them (from three) when any one of
// them would find more claims than this, by the statistics.
const LOOKUP_WORDS = 6
const PAIRS_FROM = 3
const MAX_LOOKUP_ROWS = 2000

export interface ClaimWords {
  // Its lexemes, numbers left out (figures are compared as quantities, not as words).
  lexemes: string[]
  // A tsquery (text) for the lookup, or '' when the claim has no words at all.
  lookup: string
  // Any of its words (a tsquery, or ''): what a claim found by a shared figure must
  // also share, and what candidates are ranked by.
  any: string
}

export async function lookupWords(tx: Tx, texts: Map<string, string>): Promise<Map<string, ClaimWords>> {
  const keys = [...texts.keys()]
  const rows = await tx.$queryRaw<{ key: string; lexemes: string[] }[]>`
    SELECT q.key, array(SELECT l FROM unnest(tsvector_to_array(to_tsvector(${CONFIG}, q.text))) l WHERE l !~ '^[0-9.,]+$') AS lexemes
    FROM unnest(${keys}::text[], ${keys.map((key) => texts.get(key)!)}::text[]) AS q(key, text)`
  const all = [...new Set(rows.flatMap((row) => row.lexemes))]
  // The statistics' arrays are read once (unnesting them row by row recomputes the cast).
  const stats = await tx.$queryRaw<{ lexeme: string | null; share: number }[]>`
    WITH st AS MATERIALIZED (
      SELECT most_common_elems::text::text[] AS elems, most_common_elem_freqs AS freqs
      FROM pg_stats WHERE schemaname = current_schema() AND tablename = 'Claim' AND attname = 'searchVector')
    SELECT e.lexeme, e.share::float8 AS share
    FROM st, unnest(st.elems, st.freqs) WITH ORDINALITY AS e(lexeme, share, position)
    WHERE e.lexeme = ANY(${all}::text[]) OR e.position = cardinality(st.elems) + 1`
  // After the lexemes come the smallest share among them: a lexeme not listed is rarer.
  const rarest = stats.find((row) => row.lexeme === null)?.share ?? 0
  const shares = new Map(stats.filter((row) => row.lexeme !== null).map((row) => [row.lexeme!, row.share]))
  const [table] = await tx.$queryRaw<{ rows: number }[]>`SELECT greatest(reltuples, 0)::float8 AS rows FROM pg_class WHERE oid = '"Claim"'::regclass`
  return new Map(rows.map((row) => [row.key, { lexemes: row.lexemes, lookup: lookupQuery(row.lexemes, shares, { rarest, rows: table?.rows ?? 0 }), any: [...new Set(row.lexemes)].map(quoteLexeme).join(' | ') }]))
}

// Pure: the rarest words (those under COMMON_WORD_SHARE, or else the rarest three),
// OR'ed, or in pairs when OR would find more than MAX_LOOKUP_ROWS claims.
export function lookupQuery(lexemes: readonly string[], shares: ReadonlyMap<string, number>, { rarest, rows }: { rarest: number; rows: number }): string {
  const shareOf = (lexeme: string) => shares.get(lexeme) ?? rarest / 2
  const byRarity = [...new Set(lexemes)].sort((a, b) => shareOf(a) - shareOf(b) || a.localeCompare(b))
  const rare = byRarity.filter((lexeme) => shareOf(lexeme) < COMMON_WORD_SHARE)
  const chosen = (rare.length >= PAIRS_FROM ? rare : byRarity.slice(0, Math.max(rare.length, PAIRS_FROM))).slice(0, LOOKUP_WORDS)
  const words = chosen.map(quoteLexeme)
  const found = chosen.reduce((sum, lexeme) => sum + shareOf(lexeme) * rows, 0)
  if (words.length < PAIRS_FROM || found <= MAX_LOOKUP_ROWS) return words.join(' | ')
  const pairs: string[] = []
  for (let i = 0; i < words.length; i++) for (let j = i + 1; j < words.length; j++) pairs.push(`(${words[i]} & ${words[j]})`)
  return pairs.join(' | ')
}

const quoteLexeme = (lexeme: string) => `'${lexeme.replace(/'/g, "''").replace(/\\/g, '\\\\')}'`
