import 'server-only'
import { Prisma } from '@/lib/db/generated/client'
import type { Tx } from '@/lib/db/client'

export interface TrigramSql {
  // `words <% column`: some stretch of the column is at least as similar to the words
  // as pg_trgm.word_similarity_threshold (0.6). Served by the GIN trigram indexes.
  isSimilar: Prisma.Sql
  // word_similarity(words, column), 0–1, for ranking.
  similarity: Prisma.Sql
  // similarity(a, b): the share of trigrams two whole texts have in common, 0–1.
  textSimilarity: Prisma.Sql
}

// pg_trgm lives in its own schema (see the search migration), outside the app's
// search_path, so its operator and function are named with that schema (as the
// catalog spells it, quoted where needed). Looked up once per process.
let trigramSchema: Promise<string> | undefined

export async function trigramSql(tx: Tx): Promise<TrigramSql> {
  trigramSchema ??= tx.$queryRaw<{ schema: string }[]>`SELECT extnamespace::regnamespace::text AS schema FROM pg_extension WHERE extname = 'pg_trgm'`.then(
    ([row]) => {
      if (!row) throw new Error('pg_trgm is not installed: apply the migrations (npm run db:migrate)')
      return row.schema
    },
  )
  const schema = await trigramSchema.catch((error: unknown) => {
    trigramSchema = undefined
    throw error
  })
  return { isSimilar: Prisma.raw(`OPERATOR(${schema}.<%)`), similarity: Prisma.raw(`${schema}.word_similarity`), textSimilarity: Prisma.raw(`${schema}.similarity`) }
}
