// npm run bench:imports — ten reviewers upload a long report (a 3.5 MB page, about
// 9,000 sentences) at the same moment, and fifty short articles arrive with them, against
// the production server, while a probe reads /api/health and a claim panel every
// 200 ms. Prints each import's outcome (429s are waited out and retried, as the page
// does), the probes' p50/p95/max, the peak resident memory of the server and its import
// processes, and the large import's throughput beside one large import on its own.
// DATABASE_URL: a server to use (else an embedded one); BENCH_PORT.
import { freshDatabase } from './shared/fresh-database'
import { percentile, pollErrors, probe, uploadAndWait, type ImportRun } from './imports/client'
import { largeReport, smallArticle } from './imports/pages'
import { processTree } from './process-tree'
import { PASSWORD } from './review/seed'
import { signIn, startServer } from './review/server'
import { disconnectDb, getDb } from '@/lib/db/client'
import { applyMigrations } from '@/lib/db/migrations'
import { createDocument } from '@/lib/documents/create-document'
import { createPasswordAccount } from '@/lib/users/create-password-account'
import { addMember } from '@/tests/support/members'

const PORT = Number(process.env.BENCH_PORT ?? 3921)
// BENCH_LARGE / BENCH_SMALL shrink the run while working on it; the goals are for 10 and 50.
const LARGE = Number(process.env.BENCH_LARGE ?? 10)
const SMALL = Number(process.env.BENCH_SMALL ?? 50)
const log = (line: string) => console.log(line)
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`

const database = await freshDatabase('imports')
process.env.DATABASE_URL = database.databaseUrl
await applyMigrations(database.databaseUrl)
const owner = await createPasswordAccount({ email: 'owner@bench.test', password: PASSWORD, name: 'Owner' })
const workspaceId = (await getDb().workspace.findFirstOrThrow({ where: { isPersonal: true, memberships: { some: { userId: owner.id } } } })).id
const uploaders = ['owner@bench.test']
for (let i = 1; i < LARGE; i++) {
  const editor = await createPasswordAccount({ email: `editor${i}@bench.test`, password: PASSWORD, name: `Editor ${i}` })
  await addMember({ actor: owner, workspaceId, email: editor.email, role: 'EDITOR' })
  uploaders.push(editor.email)
}
const panelDocument = await createDocument({ actor: owner, workspaceId, title: 'Probe document', text: 'Exports rose by 5% to $110 billion in 2024.\nImports fell by 2% in 2023.' })
const claim = await getDb().claim.findFirstOrThrow({ where: { documentId: panelDocument.id } })
await disconnectDb()

const server = await startServer(database.databaseUrl, PORT)
let peakRss = 0
const memory = setInterval(() => {
  peakRss = Math.max(peakRss, processTree(server.pid).reduce((sum, entry) => sum + entry.rssBytes, 0))
}, 250)
try {
  const cookies = await Promise.all(uploaders.map((email) => signIn(server.base, email, PASSWORD)))
  log(`Server on ${server.base}; ${LARGE} uploaders; large page ${mb(largeReport('x').length)}, small ${(smallArticle('x').length / 1024).toFixed(0)} KB.`)

  // One large import alone: the reference for throughput.
  const alone = await uploadAndWait(server.base, cookies[0]!, workspaceId, 'alone.html', largeReport('alone'))
  if (alone.job.status !== 'DONE') throw new Error(`the lone import failed: ${alone.job.error?.message}`)
  log(`One large import alone: ${alone.seconds.toFixed(1)} s, ${alone.job.document!.claimCount} claims.`)

  const health = probe(server.base, cookies[0]!, '/api/health')
  const panel = probe(server.base, cookies[0]!, `/api/workspaces/${workspaceId}/claims/${claim.id}/review`)
  peakRss = 0
  const started = performance.now()
  const runs: Promise<ImportRun>[] = []
  for (let i = 0; i < LARGE; i++) runs.push(uploadAndWait(server.base, cookies[i]!, workspaceId, `report-${i}.html`, largeReport(`r${i}`)))
  for (let i = 0; i < SMALL; i++) runs.push(uploadAndWait(server.base, cookies[i % LARGE]!, workspaceId, `article-${i}.html`, smallArticle(`s${i}`)))
  const results = await Promise.all(runs)
  const wallSeconds = (performance.now() - started) / 1000
  const healthResult = await health.stop()
  const panelResult = await panel.stop()

  const failed = results.filter((run) => run.job.status !== 'DONE')
  const large = results.filter((run) => run.name.startsWith('report-'))
  const lastLarge = Math.max(...large.map((run) => run.seconds))
  log(`\n${results.length} imports in ${wallSeconds.toFixed(1)} s: ${results.length - failed.length} done, ${failed.length} failed, ${results.reduce((sum, run) => sum + run.refusals, 0)} refusals (429) waited out.`)
  if (pollErrors.length) log(`  ${pollErrors.length} polls of a job answered otherwise, e.g. ${[...new Set(pollErrors)].slice(0, 3).join('; ')}`)
  for (const run of failed) log(`  FAILED ${run.name}: ${run.job.error?.code} ${run.job.error?.message}`)
  log(`Large imports: first done after ${Math.min(...large.map((run) => run.seconds)).toFixed(1)} s, last after ${lastLarge.toFixed(1)} s; small: median ${percentile(results.filter((run) => !large.includes(run)).map((run) => run.seconds), 50).toFixed(1)} s.`)
  const together = LARGE / lastLarge
  log(`Throughput of the large import: ${(together * 60).toFixed(2)}/min under load vs ${(60 / alone.seconds).toFixed(2)}/min alone (ratio ${(together * alone.seconds).toFixed(2)}).`)
  for (const [name, result, goal] of [['/api/health', healthResult, 100], ['claim panel', panelResult, 150]] as const) {
    const p95 = percentile(result.latencies, 95)
    log(`${name}: ${result.latencies.length} reads, p50 ${percentile(result.latencies, 50).toFixed(0)} ms, p95 ${p95.toFixed(0)} ms, max ${Math.max(...result.latencies).toFixed(0)} ms, ${result.failures} failures (goal p95 < ${goal} ms: ${p95 < goal ? 'met' : 'NOT met'}).`)
  }
  log(`Peak RSS, server and import processes: ${mb(peakRss)} (goal < 1536 MB: ${peakRss < 1536 * 1024 * 1024 ? 'met' : 'NOT met'}).`)
  process.exitCode = failed.length ? 1 : 0
} finally {
  clearInterval(memory)
  await server.stop()
  await database.stop()
}
