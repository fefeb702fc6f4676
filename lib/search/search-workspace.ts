import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb, type Tx } from '@/lib/db/client'
import { Prisma } from '@/lib/db/generated/client'
import { AppError } from '@/lib/errors'
import { parseInput } from '@/lib/validation'
import { parseSearchQuery } from './parse-search-query'
import { ZSearchWorkspace, type SearchInput, type SearchType } from './schemas'
import { decodeCursor, encodeCursor } from './search-cursor'
import { describeHits, type SearchHit } from './describe-hits'
import { branchSql, headlineSql, typesSearched, typoFallbacks, type SearchBranchContext } from './search-sql'
import { trigramSql } from './trigram'

const sql = Prisma.sql

// Counting stops here: "1,000+" says enough, and counting every row of a common word
// in a million claims would cost more than the search.
export const COUNT_LIMIT = 1000
// Ranked per type: the best of the first this many matches. A common word matches tens
// of thousands of claims, and ranking them all means reading them all.
const RANK_LIMIT = 2000
// A search that takes longer is stopped and the user asked to narrow it, rather than
// holding a connection while the rest of the desk waits.
const STATEMENT_TIMEOUT = '5s'

export interface SearchPage {
  query: string
  hits: SearchHit[]
  // Matches per type, each at most COUNT_LIMIT (then `isCapped`), for the filters'
  // tabs: counted with the other filters but across all types.
  counts: Record<SearchType, number>
  isCapped: Partial<Record<SearchType, boolean>>
  nextCursor: string | null
}

export interface RawHit {
  type: SearchType
  id: string
  score: number
  documentId: string | null
  claimId: string | null
  headline: string
  createdAt: Date
}

// Searches one workspace's documents, claims, sources, evidence and comments, for any
// member (the same for every role: members read everything in their workspace).
export async function searchWorkspace({ actor, ...input }: { actor: Actor } & Record<string, unknown>): Promise<SearchPage> {
  const filters = parseInput(ZSearchWorkspace, input)
  const after = decodeCursor(filters.cursor)
  const query = parseSearchQuery(filters.q)
  const empty = { query: filters.q, hits: [], counts: { claim: 0, document: 0, source: 0, evidence: 0, comment: 0 }, isCapped: {}, nextCursor: null }
  return getDb().$transaction(async (tx) => {
    await requireWorkspaceAccess(tx, actor, filters.workspaceId, 'workspace.read')
    if (!filters.q) return empty
    await tx.$executeRawUnsafe(`SET LOCAL statement_timeout = '${STATEMENT_TIMEOUT}'`)
    const context: SearchBranchContext = { workspaceId: filters.workspaceId, query, filters, trigram: await trigramSql(tx), typoTypes: await typoFallbacks(tx, filters.workspaceId, query) }
    try {
      const counted = await countHits(tx, context)
      const types = typesSearched(filters)
      const branches = types.map((type) => branchSql(type, context)).filter((branch): branch is Prisma.Sql => branch !== null)
      if (!branches.length) return { ...empty, ...counted }
      const rows = await pageOfHits(tx, branches, query.text, filters, after)
      const hasMore = rows.length > filters.limit
      const page = rows.slice(0, filters.limit)
      const last = page.at(-1)
      return {
        query: filters.q,
        hits: await describeHits(tx, filters.workspaceId, page, query),
        ...counted,
        nextCursor: hasMore && last ? encodeCursor(last) : null,
      }
    } catch (error) {
      if (error instanceof Error && /statement timeout|canceling statement/i.test(error.message)) {
        throw new AppError('UNAVAILABLE', 'The search took too long. Add a word, a filter or a type to narrow it.')
      }
      throw error
    }
  })
}

async function pageOfHits(tx: Tx, branches: Prisma.Sql[], text: string, filters: SearchInput, after: ReturnType<typeof decodeCursor>): Promise<RawHit[]> {
  // Best first; ties by type and id, so the order is total and stable across pages.
  const resume = after ? sql`WHERE (hits.score < ${after.score} OR (hits.score = ${after.score} AND (hits.type, hits.id) > (${after.type}, ${after.id})))` : Prisma.empty
  // Snippets are cut only for the page's rows: ts_headline reads the whole text.
  return tx.$queryRaw<RawHit[]>`
    WITH hits AS (${Prisma.join(branches.map((branch) => sql`(SELECT * FROM (${branch}) ranked LIMIT ${RANK_LIMIT})`), ' UNION ALL ')}),
    page AS (SELECT * FROM hits ${resume} ORDER BY score DESC, type, id LIMIT ${filters.limit + 1})
    SELECT page.type, page.id, page.score, page."documentId", page."claimId", page."createdAt",
      ${headlineSql(sql`coalesce(rev.text, page.body)`, text)} AS headline
    FROM page LEFT JOIN "DocumentRevision" rev ON rev.id = page."revisionId"
    ORDER BY page.score DESC, page.type, page.id`
}

async function countHits(tx: Tx, context: SearchBranchContext): Promise<Pick<SearchPage, 'counts' | 'isCapped'>> {
  const counts: Record<SearchType, number> = { claim: 0, document: 0, source: 0, evidence: 0, comment: 0 }
  const isCapped: Partial<Record<SearchType, boolean>> = {}
  const countable = typesSearched({ ...context.filters, type: [] })
  const parts = countable
    .map((type) => ({ type, branch: branchSql(type, context) }))
    .filter((part): part is { type: SearchType; branch: Prisma.Sql } => part.branch !== null)
    .map(({ type, branch }) => sql`SELECT ${type}::text AS type, count(*)::int AS n FROM (SELECT 1 FROM (${branch}) b LIMIT ${COUNT_LIMIT + 1}) capped`)
  if (!parts.length) return { counts, isCapped }
  const rows = await tx.$queryRaw<{ type: SearchType; n: number }[]>`${Prisma.join(parts, ' UNION ALL ')}`
  for (const { type, n } of rows) {
    counts[type] = Math.min(n, COUNT_LIMIT)
    if (n > COUNT_LIMIT) isCapped[type] = true
  }
  return { counts, isCapped }
}
