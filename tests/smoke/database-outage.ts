// Pages while the database is down, against the production server (`next start` on
// the build) and a real PostgreSQL of its own, stopped under it and started again on
// the same port: every page answers 503 with Retry-After and the "Database unavailable"
// panel, the API 503 in JSON, and within seconds of Postgres coming back the same
// pages answer 200 again, without restarting the app. npm test runs this after the
// production build (scripts/test.ts); exit code 0 when every point held.
import { spawn } from 'node:child_process'
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium } from '@playwright/test'
import { startEmbeddedPostgres } from '@/lib/db/embedded-postgres'
import { applyMigrations } from '@/lib/db/migrations'
import { violationsOf } from '../e2e/axe'

const PORT = Number(process.env.SMOKE_OUTAGE_PORT ?? 3191)
const BASE = `http://127.0.0.1:${PORT}`
const STARTUP_MS = 60_000
const RECOVERY_MS = 10_000
const PANEL = 'Database unavailable'
// Signed out: every page still asks the database (the session, the workspace), and the
// document page's guard runs before its static file.
const PAGES = ['/signin', '/signup', '/', '/account', '/w/c000000000000000000000000/queue', '/w/c000000000000000000000000/documents/c000000000000000000000001']

const parent = await mkdtemp(path.join(tmpdir(), 'claimtrack-outage-'))
// Run as root, the embedded PostgreSQL runs as "postgres", who must be able to enter it.
await chmod(parent, 0o755)
const dataDir = path.join(parent, 'postgres')
let postgres = await startEmbeddedPostgres({ dataDir, log: () => {} })
const postgresPort = Number(new URL(postgres.databaseUrl).port)
await applyMigrations(postgres.databaseUrl)

let output = ''
const env = { ...process.env, DATABASE_URL: postgres.databaseUrl, NEXTAUTH_SECRET: 'smoke-outage-secret-0123456789', NEXTAUTH_URL: BASE, NEXT_TELEMETRY_DISABLED: '1' }
// No -H: the host npm start (scripts/start.ts) listens on, so the proxy's rewrite stays inside the server.
const next = spawn(path.resolve('node_modules/.bin/next'), ['start', '-p', String(PORT)], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
next.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
next.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))

const problems: string[] = []
try {
  const isUp = await waitFor(async () => ((await fetch(`${BASE}/api/auth/csrf`).catch(() => null))?.ok ? true : null), STARTUP_MS)
  if (!isUp) throw new Error(`next start did not answer within ${STARTUP_MS / 1000} s`)
  for (const page of PAGES) expectServed(page, await visit(page))
  const direct = await visit('/database-unavailable')
  if (direct.status !== 404) problems.push(`/database-unavailable, database up: ${direct.status}, expected 404`)

  await postgres.stop()
  // The proxy's verdict is a second old at most.
  await sleep(1_100)
  for (const page of PAGES) {
    const answer = await visit(page)
    const retryAfter = answer.headers.get('retry-after')
    if (answer.status !== 503 || !retryAfter || !answer.body.includes(PANEL)) {
      problems.push(`${page}, database down: ${answer.status}, Retry-After ${retryAfter ?? 'none'}, panel ${answer.body.includes(PANEL) ? 'shown' : 'missing'}`)
    }
  }
  // The panel is shown only now, so this is where axe scans it (tests/e2e/accessibility.spec.ts lists it).
  for (const violation of await panelViolations('/signin')) problems.push(`axe, the database-unavailable panel: ${violation}`)
  const health = await visit('/api/health/db')
  if (health.status !== 503) problems.push(`/api/health/db, database down: ${health.status}`)
  console.log(`database down: ${PAGES.length} pages answered 503 with Retry-After and the panel`)

  postgres = await startEmbeddedPostgres({ dataDir, log: () => {}, port: postgresPort })
  const recoveredAt = Date.now()
  const isBack = await waitFor(async () => ((await visit('/signin')).status === 200 ? true : null), RECOVERY_MS)
  if (!isBack) problems.push(`/signin did not answer 200 within ${RECOVERY_MS / 1000} s of PostgreSQL coming back`)
  else console.log(`recovered ${((Date.now() - recoveredAt) / 1000).toFixed(1)} s after PostgreSQL came back`)
  for (const page of PAGES) expectServed(page, await visit(page))
} catch (error) {
  problems.push(error instanceof Error ? error.message : String(error))
} finally {
  try {
    process.kill(-next.pid!, 'SIGKILL')
  } catch {
    // already gone
  }
  await postgres.stop().catch(() => {})
  await rm(parent, { recursive: true, force: true }).catch(() => {})
}

if (problems.length) {
  console.error(`pages while the database is down: ${problems.join('; ')}\n--- next start's output ---\n${output}`)
  process.exit(1)
}
console.log('pages answered 503 with Retry-After and the panel while PostgreSQL was down, and recovered by themselves')
process.exit(0)

async function panelViolations(page: string): Promise<string[]> {
  const browser = await chromium.launch({ executablePath: process.env.E2E_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
  try {
    const tab = await (await browser.newContext()).newPage()
    await tab.goto(`${BASE}${page}`)
    return await violationsOf(tab)
  } finally {
    await browser.close()
  }
}

interface Answer {
  status: number
  headers: Headers
  body: string
}

async function visit(page: string): Promise<Answer> {
  const response = await fetch(`${BASE}${page}`, { redirect: 'manual' })
  return { status: response.status, headers: response.headers, body: await response.text() }
}

// Served as usual: a page, or the redirect to sign in of a page that needs a session.
function expectServed(page: string, answer: Answer): void {
  if (answer.status >= 400 || answer.headers.has('retry-after') || answer.body.includes(PANEL)) {
    problems.push(`${page}, database up: ${answer.status}${answer.body.includes(PANEL) ? ', with the panel' : ''}`)
  }
}

async function waitFor<T>(probe: () => Promise<T | null>, timeoutMs: number): Promise<T | null> {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    const value = await probe()
    if (value !== null) return value
    await sleep(250)
  }
  return null
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
