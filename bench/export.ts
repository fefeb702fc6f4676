// npm run bench:export — the exports on seeded workspaces of 2,000 and 20,000 claims
// (verified, with evidence, ratings with history and comments): the full JSON export's
// time and peak memory at both sizes (it streams: memory must stay flat), every other
// format (HTML, PDF, Markdown, CSV, ClaimReview, W3C) of all 20,000 claims, reports 50
// documents at a time as the CLI exports them, and HTML, PDF and Markdown of a
// 500-claim document. A format that fails is reported, not fatal. Each measurement runs in its
// own process, so its peak RSS (process.resourceUsage().maxRSS) is its own; "idle" is
// such a process that only loads the code and connects. DATABASE_URL: a server to use.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { freshDatabase } from './shared/fresh-database'
import { seedExportWorkspace } from './export/seed'
import { disconnectDb, getDb } from '@/lib/db/client'
import { applyMigrations } from '@/lib/db/migrations'

const log = (line: string) => console.log(line)
const database = await freshDatabase('export')
process.env.DATABASE_URL = database.databaseUrl

// As `claimtrack export --format json|csv` runs them (scripts/claimtrack.mjs): the exports
// stream, their live heap stays near 35 MB at any size, so the CLI caps the old space.
const STREAMED_EXPORT_HEAP = ['--max-old-space-size=128']

interface Measured {
  ms: number
  bytes: number
  maxRssMb: number
}

function measure(mode: string, workspaceId: string, documentIds: string[] = [], nodeOptions: string[] = []): Measured {
  const child = spawnSync(process.execPath, [...nodeOptions, '--conditions=react-server', '--import', 'tsx', path.resolve('bench/export/measure.ts'), mode, workspaceId, documentIds.join(',')], {
    env: { ...process.env, DATABASE_URL: database.databaseUrl },
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
    timeout: 8 * 60_000, // a format that hangs is reported as failed, the others still run
  })
  if (child.status !== 0) throw new Error(`measure ${mode} failed${child.signal ? ` (${child.signal}, over 8 min)` : ''}:\n${child.stderr}`)
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as Measured
}

try {
  await applyMigrations(database.databaseUrl)
  const started = performance.now()
  log('Seeding workspaces of 2,000 and 20,000 claims and a 500-claim document…')
  const small = await seedExportWorkspace('2k', 20, 100, log)
  const large = await seedExportWorkspace('20k', 200, 100, log)
  const single = await seedExportWorkspace('500', 1, 500, log)
  // as autovacuum would after a bulk load: the planner needs the tables' statistics
  await getDb().$executeRawUnsafe('ANALYZE')
  await disconnectDb()
  log(`Seeded in ${((performance.now() - started) / 1000).toFixed(0)} s.\n`)

  const rows: [string, number, Measured | null][] = []
  const run = (name: string, claims: number, mode: string, workspaceId: string, documentIds?: string[], nodeOptions?: string[], isWarmedUp = true) => {
    try {
      if (isWarmedUp) measure(mode, workspaceId, documentIds, nodeOptions) // warm-up: the OS file cache, Postgres buffers
      const result = measure(mode, workspaceId, documentIds, nodeOptions)
      rows.push([name, claims, result])
      log(`  ${name}: ${result.ms} ms, peak RSS ${result.maxRssMb} MB`)
    } catch (error) {
      rows.push([name, claims, null])
      log(`  ${name}: FAILED ${(error as Error).message.slice(0, 2000)}`)
    }
  }
  run('idle process (loads the code, connects)', 0, 'idle', small.workspaceId)
  // measure.ts loads only the JSON exporter for 'json', as the CLI does for --format json
  run('full JSON export', small.claimCount, 'json', small.workspaceId, undefined, STREAMED_EXPORT_HEAP)
  run('full JSON export', large.claimCount, 'json', large.workspaceId, undefined, STREAMED_EXPORT_HEAP)
  // V8 collects lazily: without the cap it lets garbage pile up (same export, more RSS).
  run('full JSON export, old space not capped', large.claimCount, 'json', large.workspaceId)
  run('HTML report, one document', single.claimCount, 'html', single.workspaceId, single.documentIds)
  run('PDF report, one document', single.claimCount, 'pdf', single.workspaceId, single.documentIds)
  run('Markdown report, one document', single.claimCount, 'md', single.workspaceId, single.documentIds)
  run('CSV (claims + quantities), streamed', small.claimCount, 'csv', small.workspaceId, small.documentIds, STREAMED_EXPORT_HEAP)
  run('CSV (claims + quantities), streamed', large.claimCount, 'csv', large.workspaceId, large.documentIds, STREAMED_EXPORT_HEAP)
  run('CSV (claims + quantities), streamed, old space not capped', large.claimCount, 'csv', large.workspaceId, large.documentIds)
  // The 20,000-claim reports run once (no warm-up): the JSON and CSV runs warmed the caches.
  for (const [name, mode] of [['ClaimReview JSON-LD', 'claimreview'], ['W3C annotations, per document', 'w3c'], ['Markdown report', 'md'], ['HTML report', 'html'], ['PDF report', 'pdf']] as const) {
    run(`${name}, all documents`, large.claimCount, mode, large.workspaceId, large.documentIds, [], false)
  }

  log('\n| export | claims | time | output | peak RSS |')
  log('|---|---|---|---|---|')
  for (const [name, claims, result] of rows) {
    log(result ? `| ${name} | ${claims.toLocaleString('en')} | ${(result.ms / 1000).toFixed(2)} s | ${(result.bytes / 1024 / 1024).toFixed(1)} MB | ${result.maxRssMb} MB |` : `| ${name} | ${claims.toLocaleString('en')} | failed | | |`)
  }

  const find = (prefix: string, claims: number) => rows.find(([name, count]) => name.startsWith(prefix) && count === claims)?.[2] ?? null
  const [json2k, json20k] = [find('full JSON export', small.claimCount), find('full JSON export', large.claimCount)]
  const [pdf, csv20k] = [find('PDF report, one', single.claimCount), find('CSV', large.claimCount)]
  const failed = rows.filter(([, , result]) => !result).map(([name, claims]) => `${name} (${claims})`)
  const goals: [string, boolean][] = [
    [`every format succeeds${failed.length ? ` (failed: ${failed.join(', ')})` : ''}`, failed.length === 0],
    [`JSON export of 20k claims under 3 s (${json20k ? (json20k.ms / 1000).toFixed(2) : '-'} s)`, !!json20k && json20k.ms < 3_000],
    [`JSON export of 20k claims under 300 MB peak RSS (${json20k?.maxRssMb ?? '-'} MB)`, !!json20k && json20k.maxRssMb < 300],
    [`JSON export memory flat: 20k within 1.5× of 2k (${json2k?.maxRssMb ?? '-'} → ${json20k?.maxRssMb ?? '-'} MB)`, !!json2k && !!json20k && json20k.maxRssMb <= json2k.maxRssMb * 1.5],
    [`CSV of 20k claims under 300 MB peak RSS (${csv20k?.maxRssMb ?? '-'} MB)`, !!csv20k && csv20k.maxRssMb < 300],
    [`PDF of 500 claims under 15 s (${pdf ? (pdf.ms / 1000).toFixed(2) : '-'} s)`, !!pdf && pdf.ms < 15_000],
  ]
  log('\nGoals')
  for (const [goal, isMet] of goals) log(`  ${isMet ? 'met    ' : 'MISSED '} ${goal}`)
} finally {
  await database.stop()
}
