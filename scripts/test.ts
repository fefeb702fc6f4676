// npm test: typecheck and lint, vitest unit, vitest integration on a real Postgres,
// then Playwright end to end against a production build. Ends with one line
// "N passed, N failed" that sums every suite.
//
// The database is DATABASE_URL when set (CI points it at the machine's Postgres),
// otherwise an embedded PostgreSQL under .data/test-postgres.
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { startEmbeddedPostgres } from '@/lib/db/embedded-postgres'
import { applyMigrations } from '@/lib/db/migrations'
import { dropSchema, withSchema } from '@/lib/db/postgres-schemas'
import { jobSchemaFor } from '@/lib/jobs/job-schema'
import { DATA_DIR } from '@/lib/env'
import { countPlaywright, countVitest, type Counts } from './test-counts'

const REPORT_DIR = path.resolve('test-results')
const bin = (name: string) => path.resolve('node_modules/.bin', name)
const results: { suite: string; counts: Counts }[] = []

function run(suite: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env): boolean {
  console.log(`\n▶ ${suite}: ${command} ${args.join(' ')}`)
  return spawnSync(command, args, { stdio: 'inherit', env }).status === 0
}

// A step without a test count (typecheck, lint, build) counts as one check.
function check(suite: string, command: string, args: string[], env?: NodeJS.ProcessEnv): boolean {
  const ok = run(suite, command, args, env)
  results.push({ suite, counts: { passed: ok ? 1 : 0, failed: ok ? 0 : 1 } })
  return ok
}

function vitest(suite: 'unit' | 'integration', env: NodeJS.ProcessEnv): void {
  const report = path.join(REPORT_DIR, `vitest-${suite}.json`)
  const ok = run(`${suite} tests`, bin('vitest'), ['run', '--config', 'tests/vitest.config.ts', '--project', suite, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], env)
  results.push({ suite: `${suite} tests`, counts: countVitest(report, ok) })
}

function endToEnd(env: NodeJS.ProcessEnv): void {
  if (!check('production build', bin('next'), ['build'], env)) return
  // The two-command start on a fresh embedded database, and a clean stop on SIGTERM.
  check('npm start and stop', bin('tsx'), ['tests/smoke/start-and-stop.ts'], env)
  // The same on `npm ci --omit=dev` beside that build, as the Dockerfile runs it.
  check('production install', bin('tsx'), ['tests/smoke/production-install.ts'], env)
  // Pages answer 503 while the database is down, and recover by themselves.
  check('database outage', bin('tsx'), ['tests/smoke/database-outage.ts'], env)
  const report = path.join(REPORT_DIR, 'e2e-report.json')
  const ok = run('end-to-end tests', bin('playwright'), ['test', '--config', 'tests/e2e/playwright.config.ts'], { ...env, PLAYWRIGHT_JSON_OUTPUT_FILE: report })
  results.push({ suite: 'end-to-end tests', counts: countPlaywright(report, ok) })
}

async function main(): Promise<number> {
  mkdirSync(REPORT_DIR, { recursive: true })
  check('typecheck', bin('tsc'), ['--noEmit'])
  check('lint', bin('eslint'), ['--max-warnings=0', '.'])

  const embedded = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgres({ dataDir: path.join(DATA_DIR, 'test-postgres'), log: console.log })
  const baseUrl = process.env.DATABASE_URL ?? embedded!.databaseUrl
  try {
    const env = { ...process.env, DATABASE_URL: baseUrl, NEXT_TELEMETRY_DISABLED: '1' }
    vitest('unit', env)
    vitest('integration', env)
    // End-to-end tests get a schema of their own, migrated like production.
    const e2eSchema = `e2e_${randomBytes(4).toString('hex')}`
    const e2eUrl = withSchema(baseUrl, e2eSchema)
    await applyMigrations(e2eUrl)
    try {
      endToEnd({ ...env, DATABASE_URL: e2eUrl, NEXTAUTH_SECRET: randomBytes(32).toString('base64url') })
    } finally {
      await dropSchema(baseUrl, e2eSchema)
      // and the job queue's schema beside it (lib/jobs/job-queue.ts)
      await dropSchema(baseUrl, jobSchemaFor(e2eUrl))
    }
  } finally {
    await embedded?.stop()
  }
  return summarize()
}

function summarize(): number {
  console.log('\nSummary')
  for (const { suite, counts } of results) console.log(`  ${suite.padEnd(20)} ${counts.passed} passed, ${counts.failed} failed`)
  const passed = results.reduce((sum, { counts }) => sum + counts.passed, 0)
  const failed = results.reduce((sum, { counts }) => sum + counts.failed, 0)
  console.log(`${passed} passed, ${failed} failed`)
  return failed === 0 ? 0 : 1
}

process.exit(await main())
