// npm run bench:match — "checked before" (lib/checked-before), its quality and its
// speed. Quality: the labelled set (tests/fixtures/checked-before: 649 checks, 497
// restated claims, 487 near misses) matched by the app's matcher, for the whole set
// and its odd and even halves (the matcher is tuned looking at the odd half only; the
// even half is the held-out figure). Speed: one workspace of a million verified claims
// with a verdict (bench/match/seed.ts), the labelled checks among them, then a new
// 300-claim document matched against it (bench/match/timing.ts) in one transaction,
// in transactions of 50, and claim by claim; the same quality measured again at that
// size; EXPLAIN (ANALYZE, BUFFERS) of the candidate queries when the goal is missed.
// `-- --quality`: the labelled set alone, in a database of its own (a minute or so).
// DATABASE_URL: a server to use (else an embedded one). BENCH_DATABASE: the database's
// name (default claimtrack_bench_match; the labelled set alone goes in <name>_quality).
// The million claims are written once and reused while their inputs are unchanged
// (bench/match/reuse-seed.ts); BENCH_RESEED=1 writes them again. BENCH_SCALE (default
// 1) shrinks the library for a quick look; BENCH_EXPLAIN=1 explains even when the goal
// is met; BENCH_FAILURES=1 lists the tuned (odd) half's misses and false offers;
// BENCH_NO_WAIT=1 does not wait for a bench:search running beside it (2 cores).
import { execFileSync } from 'node:child_process'
import { freshDatabase, reusableDatabase } from './shared/fresh-database'
import { GOAL_SECONDS, medianOf, printFailures, printQuality, printSpeed } from './match/print'
import { measureMatchQuality, measureMatchQualityIn } from './match/quality'
import { readSeed, saveSeed, seedKey } from './match/reuse-seed'
import { seedMatchLibrary } from './match/seed'
import { CANDIDATE_PHASES, documentClaims, explain, matchDocument, timeSingleClaims, type CapturedQuery, type Run } from './match/timing'
import { vocabularySize } from './match/vocabulary'
import { disconnectDb, getDb } from '@/lib/db/client'
import { applyMigrations } from '@/lib/db/migrations'

const SCALE = Number(process.env.BENCH_SCALE ?? 1)
const CLAIMS = Math.round(1_000_000 * SCALE)
const log = (line: string) => console.log(line)
// The server given, before the quality's own database takes DATABASE_URL's place.
const SERVER_URL = process.env.DATABASE_URL
const benchStarted = performance.now()
const elapsed = () => `${((performance.now() - benchStarted) / 1000).toFixed(0)} s in`

{
  const alone = await freshDatabase('match', { suffix: 'quality' })
  process.env.DATABASE_URL = alone.databaseUrl
  try {
    await applyMigrations(alone.databaseUrl)
    log('Quality on the labelled set alone (649 checks in a scratch workspace)…')
    const started = performance.now()
    const small = { all: await measureMatchQuality(), odd: await measureMatchQuality({ only: 'odd' }), even: await measureMatchQuality({ only: 'even' }) }
    printQuality(`Quality, the labelled set alone (649 checks; measured in ${((performance.now() - started) / 1000).toFixed(1)} s)`, small)
    if (process.env.BENCH_FAILURES === '1') printFailures(small.odd)
  } finally {
    await disconnectDb()
    await alone.stop()
  }
}
if (process.argv.includes('--quality')) process.exit(0)
if (SERVER_URL) process.env.DATABASE_URL = SERVER_URL
else delete process.env.DATABASE_URL

const database = await reusableDatabase('match', seedKey(CLAIMS))
process.env.DATABASE_URL = database.databaseUrl
try {
  await applyMigrations(database.databaseUrl)
  if (process.env.BENCH_NO_WAIT !== '1') await waitForOtherBenchmarks()
  const seed = database.isSeeded ? await readSeed(database.databaseUrl) : await seedLibrary(database.databaseUrl, database.markSeeded)
  if (database.isSeeded) log(`\nReusing the library seeded earlier: ${seed.claimCount.toLocaleString('en')} verified claims, ${seed.quantityCount.toLocaleString('en')} quantities (BENCH_RESEED=1 writes it again).`)

  const { claims, withFigures } = documentClaims()
  log(`\nThe new document: ${claims.length} claims (150 labelled restated claims, 150 generated), ${withFigures} with a figure (matched by figure), ${claims.length - withFigures} without (matched by words).`)
  log(`Timing (${elapsed()})…`)
  const warmUp = await matchDocument(seed.workspaceId, claims, claims.length)
  // Five repetitions after the warm-up, unless a run is so slow that they would not fit
  // in the benchmark's quarter of an hour: then fewer, or the warm-up run alone (the
  // library is in memory by then: it was just written and vacuumed).
  const repetitions = warmUp.seconds <= 15 ? 5 : warmUp.seconds <= 40 ? 3 : warmUp.seconds <= 60 ? 2 : 0
  const oneTransaction: Run[] = repetitions ? [] : [warmUp]
  for (let i = 0; i < repetitions; i++) oneTransaction.push(await matchDocument(seed.workspaceId, claims, claims.length))
  if (repetitions) await matchDocument(seed.workspaceId, claims, 50)
  // In transactions of 50; when a run is slow, the first 50 claims only (the cost is
  // per claim: the phases below show it).
  const batches: Run[] = []
  for (let i = 0; i < Math.max(1, repetitions); i++) batches.push(await matchDocument(seed.workspaceId, repetitions ? claims : claims.slice(0, 50), 50))
  // Claim by claim: all 300, or every 3rd or 10th when a run is slow.
  const singleEvery = warmUp.seconds <= 10 ? 1 : warmUp.seconds <= 60 ? 3 : 10
  const single = await timeSingleClaims(seed.workspaceId, claims.filter((_, index) => index % singleEvery === 0))

  printSpeed(CLAIMS, warmUp, oneTransaction, batches, single, repetitions)

  // All 984 labelled claims when matching is quick enough; else a sample that takes
  // about two and a half minutes at the speed just measured (two batches at a time).
  const perClaim = medianOf(oneTransaction.map((run) => run.seconds)) / claims.length
  const every = Math.max(1, Math.ceil((984 * perClaim) / 2 / 150))
  log(`\nQuality at ${CLAIMS.toLocaleString('en')} claims${every > 1 ? `, on a sample (every ${every}th pair of ids: matching is slow)` : ''} (${elapsed()})…`)
  const atScale = await measureMatchQualityIn(seed.workspaceId, seed.checkIds, { every })
  printQuality(
    `Quality, the labelled checks among ${(seed.claimCount - seed.checkIds.size).toLocaleString('en')} generated verified claims (${atScale.all.queries + atScale.all.nearMisses} labelled claims matched, top 10, in batches of 100 two at a time: ${atScale.seconds.toFixed(0)} s)`,
    atScale,
    true,
  )

  const median = medianOf(oneTransaction.map((run) => run.seconds))
  if (median >= GOAL_SECONDS || process.env.BENCH_EXPLAIN === '1') {
    log(`\nEXPLAIN (ANALYZE, BUFFERS) of the candidate queries, as they ran for ${repetitions ? 'the 300 claims' : 'the first 50 claims (a run is slow)'} in one transaction (${elapsed()})`)
    const captured: CapturedQuery[] = []
    await matchDocument(seed.workspaceId, repetitions ? claims : claims.slice(0, 50), claims.length, captured)
    for (const phase of CANDIDATE_PHASES) {
      const query = captured.find((one) => one.phase === phase)
      if (!query) continue
      log(`\n— ${phase} —`)
      for (const line of await explain(database.databaseUrl, query)) log(line)
    }
  }
  log(`\nDone (${elapsed()}).`)
} finally {
  await disconnectDb()
  await database.stop()
}

// Writes the million claims, vacuums them, and marks the database as seeded, last.
async function seedLibrary(databaseUrl: string, markSeeded: () => Promise<void>) {
  log(`\nSeeding ${CLAIMS.toLocaleString('en')} verified claims (vocabulary of ${vocabularySize().toLocaleString('en')} words) and the 649 labelled checks (${elapsed()})…`)
  const started = performance.now()
  const seed = await seedMatchLibrary(databaseUrl, CLAIMS, log)
  // VACUUM as well as ANALYZE: a library that grew over months has been vacuumed
  // (visibility map, hint bits), and autovacuum would otherwise start during the timings.
  await getDb().$executeRawUnsafe('VACUUM (ANALYZE)')
  log(
    `Seeded in ${((performance.now() - started) / 1000).toFixed(0)} s: generated and written ${seed.seconds.generateAndInsert.toFixed(0)} s, labelled checks ${seed.seconds.labelled.toFixed(1)} s, ` +
      `GIN indexes rebuilt ${seed.seconds.indexes.toFixed(0)} s, then VACUUM (ANALYZE). ${seed.documentCount.toLocaleString('en')} documents; ` +
      `${((seed.withFigures / CLAIMS) * 100).toFixed(0)} % of the generated claims have a figure (${seed.quantityCount.toLocaleString('en')} quantities in all).`,
  )
  await saveSeed(databaseUrl, seed)
  await markSeeded()
  return seed
}

// Two cores: the timings mean nothing while another benchmark runs beside them.
async function waitForOtherBenchmarks() {
  const others = () => {
    try {
      return execFileSync('pgrep', ['-fa', 'bench/search'], { encoding: 'utf8' })
        .split('\n')
        .filter((line) => line.trim() && !line.startsWith(`${process.pid} `))
    } catch {
      return []
    }
  }
  const deadline = Date.now() + 20 * 60_000
  while (others().length && Date.now() < deadline) {
    log(`Waiting for another benchmark to finish: ${others()[0]!.slice(0, 100)}`)
    await new Promise((resolve) => setTimeout(resolve, 30_000))
  }
  if (others().length) log('Another benchmark is still running after 20 minutes; the timings below ran beside it.')
}

