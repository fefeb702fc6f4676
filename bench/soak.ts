// npm run bench:soak — ten minutes of a busy desk against the production server: 20
// connections of mixed reads (claim panel, comments, search, document view) and writes
// (ratings, comments), five open live streams, and a short import every 15 s. Prints each
// operation's count, errors and p50/p95, the live events received, and the resident
// memory of the server and its import processes after warm-up and at the end.
// Goals (issue 16): no errors, RSS growth under 10 % after warm-up.
// BENCH_SOAK_MINUTES (default 10) and BENCH_SOAK_WARMUP_MINUTES (default 2); BENCH_PORT.
import { freshDatabase } from './shared/fresh-database'
import { percentile, pollErrors, uploadAndWait } from './imports/client'
import { smallArticle } from './imports/pages'
import { processTree } from './process-tree'
import { PASSWORD } from './review/seed'
import { signIn, startServer } from './review/server'
import { openLiveStreams } from './soak/live-streams'
import { OPERATIONS, pickOperation, type Operation } from './soak/operations'
import { disconnectDb, getDb } from '@/lib/db/client'
import { applyMigrations } from '@/lib/db/migrations'
import { createDocument } from '@/lib/documents/create-document'
import { createPasswordAccount } from '@/lib/users/create-password-account'
import { addMember } from '@/tests/support/members'

const PORT = Number(process.env.BENCH_PORT ?? 3922)
const MINUTES = Number(process.env.BENCH_SOAK_MINUTES ?? 10)
const WARMUP_MINUTES = Number(process.env.BENCH_SOAK_WARMUP_MINUTES ?? Math.min(2, MINUTES / 5))
const CONNECTIONS = 20
const LIVE_STREAMS = 5
const IMPORT_EVERY_MS = 15_000
// How long past the end the run waits for its last requests (each has a 30 s timeout).
const OVERRUN_MS = 90_000
const log = (line: string) => console.log(line)
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`

// Four sessions stand in for a desk of twenty people: lift the per-user write budget
// (as bench:review does), or the soak would measure the rate limiter.
process.env.RATE_LIMIT_WRITES_PER_USER ??= '1000000/60'
// One uploader makes 40 imports in ten minutes, past the 30 an hour a person may make.
process.env.RATE_LIMIT_IMPORTS_PER_USER ??= '1000000/3600'

const database = await freshDatabase('soak')
process.env.DATABASE_URL = database.databaseUrl
await applyMigrations(database.databaseUrl)
const owner = await createPasswordAccount({ email: 'owner@bench.test', password: PASSWORD, name: 'Owner' })
const workspaceId = (await getDb().workspace.findFirstOrThrow({ where: { isPersonal: true, memberships: { some: { userId: owner.id } } } })).id
const reviewers = ['ada', 'ben', 'cleo', 'dev']
for (const name of reviewers) {
  await createPasswordAccount({ email: `${name}@bench.test`, password: PASSWORD, name })
  await addMember({ actor: owner, workspaceId, email: `${name}@bench.test`, role: 'REVIEWER' })
}
const sentence = (doc: number, index: number) => `Exports to market ${doc}-${index} rose by ${(index % 40) + 2}% in ${2000 + (index % 25)}, to $${index + 3} billion.`
for (let doc = 0; doc < 20; doc++) {
  await createDocument({ actor: owner, workspaceId, title: `Trade report ${doc}`, text: Array.from({ length: 50 }, (_, index) => sentence(doc, index)).join('\n') })
}
const claims = await getDb().claim.findMany({ where: { workspaceId }, select: { id: true, documentId: true } })
await disconnectDb()

const server = await startServer(database.databaseUrl, PORT)
// Open streams would hold the server's graceful stop forever: closed before it, always.
let live: ReturnType<typeof openLiveStreams> | undefined
try {
  const ownerCookie = await signIn(server.base, 'owner@bench.test', PASSWORD)
  const cookies = await Promise.all(reviewers.map((name) => signIn(server.base, `${name}@bench.test`, PASSWORD)))
  log(`Server on ${server.base}; ${claims.length} claims in 20 documents; ${MINUTES} min (${WARMUP_MINUTES} warm-up), ${CONNECTIONS} connections, ${LIVE_STREAMS} live streams, an import every ${IMPORT_EVERY_MS / 1000} s.`)

  const started = performance.now()
  const endsAt = started + MINUTES * 60_000
  const warmedAt = started + WARMUP_MINUTES * 60_000
  const rss: { atMs: number; bytes: number }[] = []
  const memory = setInterval(() => rss.push({ atMs: performance.now(), bytes: processTree(server.pid).reduce((sum, entry) => sum + entry.rssBytes, 0) }), 1_000)
  const latencies = new Map<string, number[]>(OPERATIONS.map((operation) => [operation.name, []]))
  const errors: string[] = []
  const context = { base: server.base, workspaceId, claims }

  live = openLiveStreams(server.base, cookies, workspaceId, [...new Set(claims.map((claim) => claim.documentId))].slice(0, LIVE_STREAMS), errors)
  // What each worker is doing, for the report if one is still busy long after the end.
  const doing = new Map<string, string>()
  const worker = async (index: number) => {
    for (let request = 0; performance.now() < endsAt; request++) {
      const operation: Operation = pickOperation(index * 7919 + request)
      doing.set(`worker ${index}`, operation.name)
      const at = performance.now()
      const problem = await Promise.resolve()
        .then(() => operation.run(context, cookies[index % cookies.length]!, request))
        .catch((error: unknown) => String(error))
      latencies.get(operation.name)!.push(performance.now() - at)
      if (problem) errors.push(`${operation.name}: ${problem}`)
    }
    doing.delete(`worker ${index}`)
  }
  let imports = 0
  const importer = async () => {
    for (; performance.now() + IMPORT_EVERY_MS < endsAt; imports++) {
      doing.set('importer', `import ${imports}`)
      const at = performance.now()
      const run = await uploadAndWait(server.base, ownerCookie, workspaceId, `soak-${imports}.html`, smallArticle(`soak ${imports}`)).catch((error: unknown) => {
        errors.push(`import: ${String(error)}`)
        return undefined
      })
      if (run && run.job.status !== 'DONE') errors.push(`import: ${run.job.error?.message ?? run.job.status}`)
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, IMPORT_EVERY_MS - (performance.now() - at))))
    }
    doing.delete('importer')
  }
  const finished = Promise.all([importer(), ...Array.from({ length: CONNECTIONS }, (_, index) => worker(index))])
  const overrun = new Promise<'overrun'>((resolve) => setTimeout(() => resolve('overrun'), endsAt - performance.now() + OVERRUN_MS))
  if ((await Promise.race([finished, overrun])) === 'overrun') {
    errors.push(`still busy ${OVERRUN_MS / 1000} s after the end: ${[...doing].map(([who, what]) => `${who} (${what})`).join(', ')}`)
  }
  clearInterval(memory)
  errors.push(...pollErrors.map((error) => `import status: ${error}`))
  const events = live.close()

  log('\n| operation | requests | p50 ms | p95 ms |')
  log('|---|---|---|---|')
  for (const [name, values] of latencies) log(`| ${name} | ${values.length} | ${percentile(values, 50).toFixed(1)} | ${percentile(values, 95).toFixed(1)} |`)
  log(`\nImports: ${imports}; live events received on ${LIVE_STREAMS} streams: ${events}`)
  const average = (samples: typeof rss) => samples.reduce((sum, sample) => sum + sample.bytes, 0) / Math.max(1, samples.length)
  // A minute's average on each side: a single sample would measure where GC happened to be.
  const afterWarmup = average(rss.filter((sample) => sample.atMs >= warmedAt && sample.atMs < warmedAt + 60_000))
  const atEnd = average(rss.filter((sample) => sample.atMs >= endsAt - 60_000))
  const growth = (atEnd - afterWarmup) / afterWarmup
  log(`RSS (server and import processes): after warm-up ${mb(afterWarmup)}, last minute ${mb(atEnd)}, growth ${(growth * 100).toFixed(1)} %, peak ${mb(Math.max(...rss.map((sample) => sample.bytes)))}`)
  log(`Errors: ${errors.length}${errors.length ? `\n  ${[...new Set(errors)].slice(0, 10).join('\n  ')}` : ''}`)
  log('\nGoals')
  log(`  ${errors.length === 0 ? 'met    ' : 'MISSED '} no errors`)
  log(`  ${growth < 0.1 ? 'met    ' : 'MISSED '} RSS growth under 10 % after warm-up`)
} finally {
  live?.close()
  await server.stop()
  await database.stop()
}
// A request the run gave up on may still hold a timer: the figures are printed, so end.
process.exit(0)
