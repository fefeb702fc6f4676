import 'server-only'
import type { Tx } from '@/lib/db/client'
import { possibleUnits } from '@/lib/extract'
import { Prisma } from '@/lib/db/generated/client'
import type { ParsedSearchQuery } from './parse-search-query'
import type { SearchInput, SearchType } from './schemas'
import { MARK_END, MARK_START } from './snippet-marks'
import type { TrigramSql } from './trigram'

// The SQL of one search: a branch per result type, each confined to the workspace
// by its own "workspaceId" condition (never by a join the planner could drop), each
// returning the same columns so that they rank together in one UNION ALL.
const sql = Prisma.sql
const CONFIG = Prisma.raw(`'claimtrack_search'::regconfig`)
const NONE = sql`false`

export interface SearchBranchContext {
  workspaceId: string
  query: ParsedSearchQuery
  filters: SearchInput
  trigram: TrigramSql
  // The types whose words match nothing exactly, searched by trigram instead (typoFallbacks).
  typoTypes: ReadonlySet<SearchType>
}

// Columns of every branch: type, id, score (rounded, for stable paging), documentId,
// claimId, revisionId (a document's current text, for its snippet), body (the text
// the snippet is cut from), createdAt.
type Branch = (context: SearchBranchContext) => Prisma.Sql | null

const tsQuery = (text: string) => sql`websearch_to_tsquery(${CONFIG}, ${text})`

// websearch_to_tsquery of only operators or stop words ("OR -", "the") has no lexemes:
// it would match nothing and Postgres would say so in a notice. Such text is no text.
export function hasLexemes(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text)
}

function textCondition(vector: Prisma.Sql, text: string): Prisma.Sql {
  return hasLexemes(text) ? sql`${vector} @@ ${tsQuery(text)}` : NONE
}

function rank(vector: Prisma.Sql, text: string): Prisma.Sql {
  // 32: rank / (rank + 1), so every type's scores fall in 0–1 and compare.
  return hasLexemes(text) ? sql`ts_rank_cd(${vector}, ${tsQuery(text)}, 32)` : sql`0`
}

// Trigram matching is the fallback for words that match nothing exactly in the
// workspace (a misspelt or half-typed name): were it always on, "billion" would also
// find "million", and every exact hit would pay for a similarity it does not need.
function fuzzy(column: Prisma.Sql, type: SearchType, { query, trigram, typoTypes }: SearchBranchContext): { condition: Prisma.Sql; score: Prisma.Sql } {
  if (!query.fuzzyText || !typoTypes.has(type)) return { condition: NONE, score: sql`0` }
  return {
    condition: sql`${query.fuzzyText} ${trigram.isSimilar} ${column}`,
    // Below a full-text hit of the same words: a typo is a weaker signal.
    score: sql`(${trigram.similarity}(${query.fuzzyText}, ${column}) * 0.5)`,
  }
}

// Which types' words match nothing exactly: one probe each, answered by the GIN index
// at the first hit.
export async function typoFallbacks(tx: Tx, workspaceId: string, query: ParsedSearchQuery): Promise<Set<SearchType>> {
  if (!query.fuzzyText || !hasLexemes(query.text)) return new Set()
  const words = query.textWithoutFigures
  const [row] = await tx.$queryRaw<{ claim: boolean; document: boolean; source: boolean }[]>`
    SELECT
      NOT EXISTS (SELECT 1 FROM "Claim" x WHERE x."workspaceId" = ${workspaceId} AND x."supersededAt" IS NULL AND ${textCondition(sql`x."searchVector"`, words)}) AS claim,
      NOT EXISTS (SELECT 1 FROM "Document" x WHERE x."workspaceId" = ${workspaceId} AND ${textCondition(sql`x."searchVector"`, query.text)}) AS document,
      NOT EXISTS (SELECT 1 FROM "Source" x WHERE x."workspaceId" = ${workspaceId} AND ${textCondition(sql`x."searchVector"`, query.text)}) AS source`
  return new Set((['claim', 'document', 'source'] as const).filter((type) => row?.[type]))
}

function createdBetween(column: Prisma.Sql, { filters }: SearchBranchContext): Prisma.Sql {
  const parts: Prisma.Sql[] = []
  if (filters.from) parts.push(sql`${column} >= ${new Date(`${filters.from}T00:00:00Z`)}`)
  if (filters.to) parts.push(sql`${column} < ${new Date(Date.parse(`${filters.to}T00:00:00Z`) + 86_400_000)}`)
  return parts.length ? sql` AND ${Prisma.join(parts, ' AND ')}` : Prisma.empty
}

function equals(column: Prisma.Sql, value: string | undefined): Prisma.Sql {
  return value ? sql` AND ${column} = ${value}` : Prisma.empty
}

// Any of the claim's quantities within the figure's rounding (or its range's upper
// end), in the figure's unit when one was typed (a "$" figure in any dollar, lib/extract). Driven by the index on value.
function figureCondition(context: SearchBranchContext): Prisma.Sql {
  return Prisma.join(
    context.query.figures.map(
      (figure) => sql`c.id IN (
        SELECT q."claimId" FROM "Quantity" q
        WHERE (q.value BETWEEN ${figure.low}::numeric AND ${figure.high}::numeric
               OR q."valueMax" BETWEEN ${figure.low}::numeric AND ${figure.high}::numeric)
          ${figure.unit ? sql`AND q.unit = ANY(${possibleUnits(figure.unit)})` : Prisma.empty})`,
    ),
    ' AND ',
  )
}

const claimBranch: Branch = (context) => {
  const { query, filters, workspaceId } = context
  const words = query.textWithoutFigures
  const typo = fuzzy(sql`c.quote`, 'claim', context)
  // Words and figures must both match; a query of figures alone matches on them.
  // With figures, words that are all stop words ("the $110bn") leave the figures alone.
  const wordMatch = !hasLexemes(words)
    ? null
    : query.figures.length
      ? sql`(numnode(${tsQuery(words)}) = 0 OR c."searchVector" @@ ${tsQuery(words)})`
      : sql`(${textCondition(sql`c."searchVector"`, words)} OR ${typo.condition})`
  const figureMatch = query.figures.length ? figureCondition(context) : null
  if (!wordMatch && !figureMatch) return null
  const statuses = filters.status.length ? sql` AND c.status::text IN (${Prisma.join(filters.status)})` : Prisma.empty
  const verdicts = filters.verdict.length ? sql` AND c.verdict::text IN (${Prisma.join(filters.verdict)})` : Prisma.empty
  return sql`
    SELECT 'claim'::text AS type, c.id, round((${rank(sql`c."searchVector"`, words)} + ${query.figures.length ? sql`0.5` : typo.score})::numeric, 6)::float8 AS score,
      c."documentId", c.id AS "claimId", NULL::text AS "revisionId", c.quote AS body, c."createdAt"
    FROM "Claim" c
    WHERE c."workspaceId" = ${workspaceId} AND c."supersededAt" IS NULL
      AND ${Prisma.join([wordMatch, figureMatch].filter((part): part is Prisma.Sql => part !== null), ' AND ')}
      ${equals(sql`c."documentId"`, filters.documentId)}${equals(sql`c."assigneeId"`, filters.assigneeId)}${equals(sql`c."createdById"`, filters.authorId)}
      ${statuses}${verdicts}${createdBetween(sql`c."createdAt"`, context)}`
}

const documentBranch: Branch = (context) => {
  const { query, filters, workspaceId } = context
  if (!hasLexemes(query.text)) return null
  const typo = fuzzy(sql`d.title`, 'document', context)
  // A document's text is its current (highest-numbered) revision's.
  return sql`
    SELECT 'document'::text AS type, d.id,
      round((greatest(${rank(sql`d."searchVector"`, query.text)}, ${rank(sql`r."searchVector"`, query.text)} * 0.8) + ${typo.score})::numeric, 6)::float8 AS score,
      d.id AS "documentId", NULL::text AS "claimId", r.id AS "revisionId", d.title AS body, d."createdAt"
    FROM "Document" d
    JOIN LATERAL (SELECT id, "searchVector" FROM "DocumentRevision" WHERE "documentId" = d.id ORDER BY number DESC LIMIT 1) r ON true
    WHERE d."workspaceId" = ${workspaceId}
      AND (${textCondition(sql`d."searchVector"`, query.text)} OR ${typo.condition} OR d.id IN (
        SELECT rv."documentId" FROM "DocumentRevision" rv
        WHERE ${textCondition(sql`rv."searchVector"`, query.text)}
          AND rv.number = (SELECT max(number) FROM "DocumentRevision" latest WHERE latest."documentId" = rv."documentId")))
      ${equals(sql`d.id`, filters.documentId)}${equals(sql`d."createdById"`, filters.authorId)}${createdBetween(sql`d."createdAt"`, context)}`
}

const sourceBranch: Branch = (context) => {
  const { query, filters, workspaceId } = context
  if (!hasLexemes(query.text)) return null
  const title = fuzzy(sql`s.title`, 'source', context)
  const url = fuzzy(sql`s."normalizedUrl"`, 'source', context)
  // With a document filter: the sources cited by that document's claims.
  const inDocument = filters.documentId
    ? sql` AND s.id IN (SELECT e."sourceId" FROM "Evidence" e JOIN "Claim" ec ON ec.id = e."claimId" WHERE e."workspaceId" = ${workspaceId} AND ec."documentId" = ${filters.documentId} AND e."removedAt" IS NULL)`
    : Prisma.empty
  return sql`
    SELECT 'source'::text AS type, s.id, round((${rank(sql`s."searchVector"`, query.text)} + greatest(${title.score}, ${url.score}))::numeric, 6)::float8 AS score,
      NULL::text AS "documentId", NULL::text AS "claimId", NULL::text AS "revisionId", concat_ws(' · ', s.title, s.publisher, s.author) AS body, s."createdAt"
    FROM "Source" s
    WHERE s."workspaceId" = ${workspaceId}
      AND (${textCondition(sql`s."searchVector"`, query.text)} OR ${title.condition} OR ${url.condition})
      ${inDocument}${equals(sql`s."createdById"`, filters.authorId)}${createdBetween(sql`s."createdAt"`, context)}`
}

const evidenceBranch: Branch = (context) => {
  const { query, filters, workspaceId } = context
  if (!hasLexemes(query.text)) return null
  return sql`
    SELECT 'evidence'::text AS type, e.id, round(${rank(sql`e."searchVector"`, query.text)}::numeric, 6)::float8 AS score,
      ec."documentId", e."claimId", NULL::text AS "revisionId", concat_ws(' — ', e.quote, e.locator) AS body, e."createdAt"
    FROM "Evidence" e JOIN "Claim" ec ON ec.id = e."claimId" AND ec."workspaceId" = ${workspaceId}
    WHERE e."workspaceId" = ${workspaceId} AND e."removedAt" IS NULL
      AND ${textCondition(sql`e."searchVector"`, query.text)}
      ${equals(sql`ec."documentId"`, filters.documentId)}${equals(sql`e."createdById"`, filters.authorId)}${createdBetween(sql`e."createdAt"`, context)}`
}

const commentBranch: Branch = (context) => {
  const { query, filters, workspaceId } = context
  if (!hasLexemes(query.text)) return null
  return sql`
    SELECT 'comment'::text AS type, m.id, round(${rank(sql`m."searchVector"`, query.text)}::numeric, 6)::float8 AS score,
      m."documentId", m."claimId", NULL::text AS "revisionId", m.body, m."createdAt"
    FROM "Comment" m
    WHERE m."workspaceId" = ${workspaceId} AND m."deletedAt" IS NULL
      AND ${textCondition(sql`m."searchVector"`, query.text)}
      ${equals(sql`m."documentId"`, filters.documentId)}${equals(sql`m."authorId"`, filters.authorId)}${createdBetween(sql`m."createdAt"`, context)}`
}

const BRANCHES: Record<SearchType, Branch> = { claim: claimBranch, document: documentBranch, source: sourceBranch, evidence: evidenceBranch, comment: commentBranch }

// Filters only claims have (status, verdict, assignee) leave only claims.
export function typesSearched(filters: SearchInput): SearchType[] {
  const claimOnly = filters.status.length > 0 || filters.verdict.length > 0 || Boolean(filters.assigneeId)
  const types = filters.type.length ? filters.type : (Object.keys(BRANCHES) as SearchType[])
  return claimOnly ? types.filter((type) => type === 'claim') : types
}

export function branchSql(type: SearchType, context: SearchBranchContext): Prisma.Sql | null {
  return BRANCHES[type](context)
}

const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=32, MinWords=14, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`
// A claim, a comment or a title this short is shown whole, not cut into fragments.
const WHOLE_UP_TO = 400

export function headlineSql(column: Prisma.Sql, text: string): Prisma.Sql {
  if (!hasLexemes(text)) return sql`left(${column}, 240)`
  return sql`CASE WHEN length(${column}) <= ${WHOLE_UP_TO}
    THEN ts_headline(${CONFIG}, ${column}, ${tsQuery(text)}, ${`StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`})
    ELSE ts_headline(${CONFIG}, ${column}, ${tsQuery(text)}, ${HEADLINE_OPTIONS}) END`
}
