// Timing "checked before" on a new 300-claim document against the library: the
// matcher as the app calls it (findEarlierChecks, one transaction), with the time of
// each of its SQL statements recorded on the side, and EXPLAIN (ANALYZE, BUFFERS) of
// its candidate queries as they ran.
import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { findEarlierChecks, type ClaimToMatch } from '@/lib/checked-before/find-earlier-checks'
import { getDb, type Tx } from '@/lib/db/client'
import { Prisma } from '@/lib/db/generated/client'
import { extractQuantities } from '@/lib/extract'
import { makeSentence, seededRandom } from './vocabulary'

// The matcher's statements: its candidate queries (one by figure and one by words, or
// one for both: words, then a figure filter), the imported checks', the candidates'
// quantities, and the rest (the words' statistics, the trigram schema).
export type Phase = 'by figure' | 'by words' | 'words + figure (one query)' | 'external checks' | 'quantities of candidates' | 'other SQL'
export const PHASES: Phase[] = ['by figure', 'by words', 'words + figure (one query)', 'external checks', 'quantities of candidates', 'other SQL']
export const CANDIDATE_PHASES: Phase[] = ['by figure', 'by words', 'words + figure (one query)']

export interface Run {
  seconds: number
  // Seconds per phase (SQL as seen from the client); the rest is the matcher's own work
  // (profiles, compareClaims) and round trips.
  phases: Record<Phase, number>
  offered: number
}

export interface CapturedQuery {
  phase: Phase
  sql: Prisma.Sql
  // The settings the matcher made in its transaction before it (SET LOCAL jit = off…),
  // made again before explaining it.
  settings: string[]
}

// A new article's 300 claims: 150 of the labelled restated claims (every third) and
// 150 sentences written like the library's, with and without figures; all in one
// document that is not in the library.
export function documentClaims(): { claims: ClaimToMatch[]; withFigures: number } {
  const queries = readFileSync(path.resolve('tests/fixtures/checked-before/queries.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { id: string; text: string })
  const documentId = randomUUID()
  const labelled = queries.filter((_, index) => index % 3 === 0).slice(0, 150)
  const random = seededRandom(4242)
  const generated = Array.from({ length: 150 }, (_, index) => ({ id: `g${index}`, text: makeSentence(random) }))
  const claims = [...labelled, ...generated].map((claim) => ({ key: claim.id, text: claim.text, documentId, quantities: extractQuantities(claim.text) }))
  return { claims, withFigures: claims.filter((claim) => claim.quantities.length).length }
}

function phaseOf(text: string): Phase {
  if (text.includes('"ExternalCheck"')) return 'external checks'
  if (!text.includes('FROM "Claim" c')) return 'other SQL'
  const byFigure = text.includes('jsonb_to_recordset(q.figures)') || text.includes('jsonb_to_recordset(q0.figures)')
  const byWords = text.includes('"searchVector" @@ q.words')
  return byFigure && byWords ? 'words + figure (one query)' : byFigure ? 'by figure' : 'by words'
}

// The transaction as findEarlierChecks sees it, timing each statement it sends.
function recording(tx: Tx, phases: Record<Phase, number>, captured?: CapturedQuery[]): Tx {
  const settings: string[] = []
  const timed = async <T>(phase: Phase, run: () => Promise<T>): Promise<T> => {
    const started = performance.now()
    try {
      return await run()
    } finally {
      phases[phase] += (performance.now() - started) / 1000
    }
  }
  return new Proxy(tx, {
    get(target, property, receiver) {
      if (property === '$queryRaw') {
        return (first: TemplateStringsArray | Prisma.Sql, ...values: unknown[]) => {
          const sql = first instanceof Prisma.Sql ? first : Prisma.sql(first, ...(values as Prisma.Sql[]))
          const phase = phaseOf(sql.text)
          captured?.push({ phase, sql, settings: [...settings] })
          return timed(phase, () => target.$queryRaw(sql))
        }
      }
      if (property === '$executeRawUnsafe') {
        return (query: string, ...values: unknown[]) => {
          if (/^\s*SET\b/i.test(query)) settings.push(query)
          return timed('other SQL', () => target.$executeRawUnsafe(query, ...values))
        }
      }
      if (property === 'quantity') {
        const delegate = target.quantity
        return new Proxy(delegate, {
          get: (model, name) =>
            name === 'findMany' ? (...args: Parameters<typeof delegate.findMany>) => timed('quantities of candidates', () => model.findMany(...args)) : Reflect.get(model, name),
        })
      }
      return Reflect.get(target, property, receiver)
    },
  })
}

const emptyPhases = (): Record<Phase, number> => Object.fromEntries(PHASES.map((phase) => [phase, 0])) as Record<Phase, number>

// The claims matched in transactions of `batch` claims each, one after the other.
export async function matchDocument(workspaceId: string, claims: readonly ClaimToMatch[], batch: number, captured?: CapturedQuery[]): Promise<Run> {
  const phases = emptyPhases()
  let offered = 0
  const started = performance.now()
  for (let at = 0; at < claims.length; at += batch) {
    const found = await getDb().$transaction((tx) => findEarlierChecks(recording(tx, phases, captured), workspaceId, claims.slice(at, at + batch), { top: 3 }), { timeout: 600_000 })
    for (const checks of found.values()) offered += checks.length ? 1 : 0
  }
  return { seconds: (performance.now() - started) / 1000, phases, offered }
}

// Each claim alone, as when one is added or edited: seconds per claim.
export async function timeSingleClaims(workspaceId: string, claims: readonly ClaimToMatch[]): Promise<{ withFigures: number[]; withoutFigures: number[] }> {
  const times = { withFigures: [] as number[], withoutFigures: [] as number[] }
  for (const claim of claims) {
    const run = await matchDocument(workspaceId, [claim], 1)
    ;(claim.quantities.length ? times.withFigures : times.withoutFigures).push(run.seconds)
  }
  return times
}

// EXPLAIN (ANALYZE, BUFFERS) of a captured statement, with its parameters and the
// matcher's settings, in a transaction of its own (the same server, the same data).
export async function explain(databaseUrl: string, query: CapturedQuery): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    await client.query('BEGIN')
    for (const setting of query.settings) await client.query(setting)
    const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${query.sql.text}`, query.sql.values as unknown[])
    return [...(query.settings.length ? [`(in a transaction after: ${query.settings.join('; ')})`] : []), ...rows.map((row) => row['QUERY PLAN'])]
  } finally {
    await client.query('ROLLBACK').catch(() => {})
    await client.end()
  }
}
