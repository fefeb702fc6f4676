// npm run bench:search — the workspace search on one workspace of a million claims
// (3,000 documents, 50,000 sources, 50,000 evidence, 200,000 comments; how it is
// made: bench/search/seed.ts). Prints p50/p95 of searchWorkspace, as a member calls
// it, for five kinds of query each alone and with a filter, and of the results page
// from the production server; beside them the same queries as a naive ILIKE scan and
// in MiniSearch (its build time and memory too), with ratios; what the search
// triggers add to an import; and the goals.
// DATABASE_URL: a server to use (else an embedded one). BENCH_SCALE (default 1)
// shrinks the workspace for a quick look; the goals are for the full size.
import { loadavg } from 'node:os'
import { freshDatabase } from './shared/fresh-database'
import { runMiniSearch, timeIlike } from './search/peers'
import { peerKey, searchCases } from './search/queries'
import { printReport, type Measured } from './search/report'
import { timeResultsPage } from './search/results-page'
import { PASSWORD, SIZES, seedSearchWorkspace } from './search/seed'
import { timeRuns } from './search/timing'
import { timeUpkeep } from './search/upkeep'
import { vocabularySize } from './search/vocabulary'
import { signIn, startServer } from './review/server'
import { disconnectDb, getDb } from '@/lib/db/client'
import { applyMigrations } from '@/lib/db/migrations'
import { searchWorkspace } from '@/lib/search/search-workspace'

const SCALE = Number(process.env.BENCH_SCALE ?? 1)
const PORT = Number(process.env.BENCH_PORT ?? 3921)
const UPKEEP_REPETITIONS = 10
const log = (line: string) => console.log(line)
const benchStarted = performance.now()
// The load average beside the progress: this machine has two cores, and anything else
// running (a build, a test run) shows in every latency below.
const elapsed = () => `${((performance.now() - benchStarted) / 1000).toFixed(0)} s in, load ${loadavg()[0]!.toFixed(1)}`
const sizes = Object.fromEntries(Object.entries(SIZES).map(([key, value]) => [key, Math.round(value * SCALE)])) as typeof SIZES

// freshDatabase's type names the benchmarks it was written for; 'search' is one more.
const database = await freshDatabase('search')
process.env.DATABASE_URL = database.databaseUrl
try {
  await applyMigrations(database.databaseUrl)
  const started = performance.now()
  log(`Seeding ${sizes.claims.toLocaleString('en')} claims in ${sizes.documents.toLocaleString('en')} documents, sources, evidence and comments (vocabulary of ${vocabularySize().toLocaleString('en')} words)…`)
  const seeded = await seedSearchWorkspace(database.databaseUrl, sizes, log)
  // VACUUM as well as ANALYZE: a workspace that grew over months has been vacuumed
  // (visibility map set, hint bits written). Without it the first reads of every page
  // write to it, and autovacuum would start on the fresh tables during the timings.
  await getDb().$executeRawUnsafe('VACUUM (ANALYZE)')
  log(`Seeded in ${((performance.now() - started) / 1000).toFixed(0)} s (with VACUUM ANALYZE).`)
  const { workspaceId, reviewer } = seeded
  await describeWorkspace(workspaceId)

  const cases = searchCases(seeded.documentIds[0]!)
  log(`\nTiming searchWorkspace (${elapsed()})…`)
  const service: Measured['service'][] = []
  for (const search of cases) {
    const call = () => searchWorkspace({ actor: reviewer, workspaceId, q: search.q, ...search.input })
    const { counts, isCapped } = await call()
    service.push({ ...(await timeRuns(call, { budgetMs: 8_000 })), matches: counts.claim, isCapped: Boolean(isCapped.claim) })
  }
  const peerCases = [...new Map(cases.map((search) => [peerKey(search), search])).values()]
  log(`Timing the naive ILIKE scan (${elapsed()})…`)
  const ilike = await timeIlike(database.databaseUrl, workspaceId, peerCases)
  log(`Timing MiniSearch (${elapsed()})…`)
  const mini = runMiniSearch(database.databaseUrl, workspaceId, peerCases)
  const peerOf = <T>(timings: T[], search: (typeof cases)[number]) => timings[peerCases.findIndex((other) => peerKey(other) === peerKey(search))]!

  log(`Timing the results page on the production server (${elapsed()})…`)
  const server = await startServer(database.databaseUrl, PORT)
  const page = await (async () => {
    try {
      return await timeResultsPage(server.base, await signIn(server.base, seeded.reviewerEmail, PASSWORD), workspaceId, cases)
    } finally {
      await server.stop()
    }
  })()

  log(`Timing imports with the search triggers on and off (${elapsed()})…`)
  const upkeep = await timeUpkeep(UPKEEP_REPETITIONS)
  const rows = cases.map((search, index) => ({ search, service: service[index]!, page: page.timings[index]!, ilike: peerOf(ilike, search), mini: peerOf(mini.timings, search) }))
  printReport(log, rows, mini, upkeep, page.kilobytes)
  log(`\nDone in ${((performance.now() - benchStarted) / 60_000).toFixed(1)} min.`)
} finally {
  await disconnectDb()
  await database.stop()
}

async function describeWorkspace(workspaceId: string) {
  const [row] = await getDb().$queryRawUnsafe<Record<string, number>[]>(
    `SELECT (SELECT count(*) FROM "Claim" WHERE "workspaceId" = $1)::int AS claims,
            (SELECT count(*) FROM "Quantity" q JOIN "Claim" c ON c.id = q."claimId" WHERE c."workspaceId" = $1)::int AS quantities,
            (SELECT count(*) FROM "Document" WHERE "workspaceId" = $1)::int AS documents,
            (SELECT count(*) FROM "DocumentRevision")::int AS revisions,
            (SELECT sum(length(text)) / 1e6 FROM "DocumentRevision")::float8 AS "textMb",
            (SELECT count(*) FROM "Source" WHERE "workspaceId" = $1)::int AS sources,
            (SELECT count(*) FROM "Evidence" WHERE "workspaceId" = $1)::int AS evidence,
            (SELECT count(*) FROM "Comment" WHERE "workspaceId" = $1)::int AS comments,
            (pg_relation_size('"Claim_searchVector_idx"') / 1e6)::float8 AS "vectorIndexMb",
            (pg_relation_size('"Claim_quote_idx"') / 1e6)::float8 AS "trigramIndexMb"`,
    workspaceId,
  )
  const n = (key: string) => Number(row![key]).toLocaleString('en', { maximumFractionDigits: 0 })
  log(`Workspace: ${n('claims')} claims with ${n('quantities')} quantities in ${n('documents')} documents (${n('revisions')} revisions, ${n('textMb')} MB of text), ${n('sources')} sources, ${n('evidence')} evidence, ${n('comments')} comments.`)
  log(`Claim indexes on disk: full-text (GIN on searchVector) ${n('vectorIndexMb')} MB, trigram (GIN on quote) ${n('trigramIndexMb')} MB.`)
}
