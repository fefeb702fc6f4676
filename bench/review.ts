// npm run bench:review — the review features under load, on a workspace of 200
// documents and 20,000 claims, against the production server on loopback. Prints
// requests/s, latency p50/p95/p99 and errors per case at 10 and 50 connections, each
// case's throughput as a share of a baseline route running one `SELECT 1` on the same
// server (measured just before the case), SQL queries per request, and the latency of
// live updates between browsers.
// BENCH_SECONDS (default 20) sets the time per case; DATABASE_URL a server to use.
import { freshDatabase } from './shared/fresh-database'
import { measureLiveLatency } from './review/live-latency'
import { runLoad, type LoadCase, type LoadResult } from './review/load'
import { countQueryCases } from './review/query-counts'
import { timeViewBuilds } from './review/view-build'
import { PASSWORD, seedReviewWorkspace } from './review/seed'
import { signIn, startServer } from './review/server'
import { applyMigrations } from '@/lib/db/migrations'
import { disconnectDb, getDb } from '@/lib/db/client'

const SECONDS = Number(process.env.BENCH_SECONDS ?? 20)
const PORT = Number(process.env.BENCH_PORT ?? 3919)
const log = (line: string) => console.log(line)
const PAGE_VIEW = 'document page, 300 claims (all three requests)'
const PAGE_PARTS = ['document page: the page', "document page: the reader's part", 'document page: its view']

// The per-user budget of writes (120 a minute) would answer most requests of the write
// cases with 429: they are here to measure the writes, not the limiter.
process.env.RATE_LIMIT_WRITES_PER_USER ??= '1000000/60'
const database = await freshDatabase('review')
process.env.DATABASE_URL = database.databaseUrl
await applyMigrations(database.databaseUrl)
const started = performance.now()
log('Seeding 200 documents, 20,000 claims, sources, evidence, ratings and comments…')
const seeded = await seedReviewWorkspace(log)
// Statistics for the planner, as autovacuum would have gathered on a database that
// grew over months; without them it guesses row counts from an empty start.
await getDb().$executeRaw`ANALYZE`
log(`Seeded in ${((performance.now() - started) / 1000).toFixed(0)} s.`)
const queries = await countQueryCases(seeded)
await disconnectDb()

const server = await startServer(database.databaseUrl, PORT)
try {
  const reviewer = await signIn(server.base, seeded.reviewerEmail, PASSWORD)
  const owner = await signIn(server.base, 'owner@bench.test', PASSWORD)
  const { workspaceId, bigDocumentId, claims } = seeded
  let turn = 0
  const nextClaim = () => claims[(turn = (turn + 7919) % claims.length)]!
  const baseline: LoadCase = { name: 'baseline: SELECT 1', method: 'GET', next: () => ({ path: '/api/health/db' }) }
  const cases: LoadCase[] = [
    // Opening a claim, the panel asks for its review, its evidence and its comments.
    { name: 'claim panel API', method: 'GET', next: () => ({ path: `/api/workspaces/${workspaceId}/claims/${nextClaim().id}/review` }) },
    { name: 'claim panel: evidence', method: 'GET', next: () => ({ path: `/api/workspaces/${workspaceId}/claims/${nextClaim().id}/evidence` }) },
    {
      name: 'claim panel: comments',
      method: 'GET',
      next: () => {
        const claim = nextClaim()
        return { path: `/api/workspaces/${workspaceId}/documents/${claim.documentId}/comments?claimId=${claim.id}` }
      },
    },
    // A document page view is three requests: the page (a static file, after the
    // proxy's access check), then the reader's part of it and the view of the text,
    // claims and comments (built once per change, for every member).
    { name: 'document page: the page', method: 'GET', next: () => ({ path: `/w/${workspaceId}/documents/${bigDocumentId}` }) },
    { name: "document page: the reader's part", method: 'GET', next: () => ({ path: `/api/workspaces/${workspaceId}/documents/${bigDocumentId}/page` }) },
    { name: 'document page: its view', method: 'GET', next: () => ({ path: `/api/workspaces/${workspaceId}/documents/${bigDocumentId}/view?v=0` }) },
    // For scale, not a goal: the cheapest signed-in page (layout, header, a short form).
    { name: 'reference: settings page', method: 'GET', next: () => ({ path: `/w/${workspaceId}/settings` }) },
    { name: 'add a rating', method: 'POST', next: () => ({ path: `/api/workspaces/${workspaceId}/claims/${nextClaim().id}/ratings`, body: JSON.stringify({ verdict: 'ACCURATE', confidence: 4, rationale: 'Matches the statistics office table.' }) }) },
    {
      name: 'add a comment',
      method: 'POST',
      next: () => {
        const claim = nextClaim()
        return { path: `/api/workspaces/${workspaceId}/documents/${claim.documentId}/comments`, body: JSON.stringify({ body: 'Checked the **2024** table; see page 12.', claimId: claim.id }) }
      },
    },
  ]
  // Warm-up: compile paths and fill caches before anything is measured.
  for (const load of [baseline, ...cases]) await runLoad(server.base, reviewer, load, 4, 2)
  // The baseline runs right before each case and the ratio is to that run: this
  // machine's speed drifts by a third over minutes, which a baseline measured once
  // at the start would count against the later cases.
  const results: Measured[] = []
  for (const connections of [10, 50]) {
    for (const load of cases) {
      const { requestsPerSecond: baselineRps } = await runLoad(server.base, reviewer, baseline, connections, SECONDS)
      results.push({ ...(await runLoad(server.base, reviewer, load, connections, SECONDS)), baselineRps })
    }
  }

  const viewBuild = await timeViewBuilds(seeded)
  const live = await measureLiveLatency(server.base, reviewer, owner, workspaceId, bigDocumentId, claims.filter((claim) => claim.documentId === bigDocumentId).map((claim) => claim.id))
  printReport(withDocumentPageViews(results), queries, live, viewBuild)
} finally {
  await server.stop()
  await database.stop()
}

type Measured = LoadResult & { baselineRps: number }

// A page view costs the server one of each of its requests, so page views per second
// are 1 / (1/a + 1/b + 1/c), and likewise the share of the baseline. Its latency is not
// a percentile of any one request; the table leaves it blank.
function withDocumentPageViews(results: Measured[]): Measured[] {
  return results.flatMap((result) => {
    if (result.name !== PAGE_PARTS.at(-1)) return [result]
    const parts = PAGE_PARTS.map((name) => results.find((other) => other.name === name && other.connections === result.connections)!)
    const combine = (values: number[]) => 1 / values.reduce((sum, value) => sum + 1 / value, 0)
    const share = combine(parts.map((part) => part.requestsPerSecond / part.baselineRps))
    const requestsPerSecond = combine(parts.map((part) => part.requestsPerSecond))
    const errors = parts.reduce((sum, part) => sum + part.errors, 0)
    return [result, { name: PAGE_VIEW, connections: result.connections, requestsPerSecond, p50: NaN, p95: NaN, p99: NaN, errors, baselineRps: requestsPerSecond / share }]
  })
}

function printReport(results: Measured[], queries: Record<string, number>, live: number[], viewBuild: { medianMs: number; bytes: number }) {
  log(`\nLoad, ${SECONDS} s per case (autocannon, loopback, production server); the baseline (\`SELECT 1\`) ran just before each case`)
  log('| case | connections | req/s | p50 ms | p95 ms | p99 ms | errors | baseline req/s | × baseline |')
  log('|---|---|---|---|---|---|---|---|---|')
  for (const result of results) {
    const ratio = result.requestsPerSecond / result.baselineRps
    const ms = (value: number) => (Number.isNaN(value) ? '—' : value.toFixed(1))
    log(`| ${result.name} | ${result.connections} | ${result.requestsPerSecond.toFixed(0)} | ${ms(result.p50)} | ${ms(result.p95)} | ${ms(result.p99)} | ${result.errors} | ${result.baselineRps.toFixed(0)} | ${(ratio * 100).toFixed(0)} % |`)
  }
  log('\nSQL queries per request (counted in process on the same data)')
  for (const [name, count] of Object.entries(queries)) log(`  ${name}: ${count}`)
  log(`\nThe 300-claim view, built afresh as after a change (in process): median ${viewBuild.medianMs.toFixed(1)} ms, ${(viewBuild.bytes / 1024).toFixed(0)} KB of JSON`)
  const sorted = live.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b)
  const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]!
  log(`\nLive update, write → other browser's event (${sorted.length} of ${live.length} arrived): p50 ${at(0.5).toFixed(0)} ms, p95 ${at(0.95).toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms`)
  const share = (name: string, connections: number) => {
    const result = results.find((other) => other.name === name && other.connections === connections)!
    return result.requestsPerSecond / result.baselineRps
  }
  const goals = [
    ['zero errors', results.every((result) => result.errors === 0) && sorted.length === live.length],
    ['claim panel (review, evidence, comments) each ≥ 50 % of baseline', [10, 50].every((connections) => ['claim panel API', 'claim panel: evidence', 'claim panel: comments'].every((name) => share(name, connections) >= 0.5))],
    ['document page (all three requests) ≥ 20 % of baseline', [10, 50].every((connections) => share(PAGE_VIEW, connections) >= 0.2)],
    ['live p95 < 500 ms', at(0.95) < 500],
  ] as const
  log('\nGoals')
  for (const [goal, isMet] of goals) log(`  ${isMet ? 'met    ' : 'MISSED '} ${goal}`)
}
