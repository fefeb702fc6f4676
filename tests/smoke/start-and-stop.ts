// The two-command start, run as a user runs it: `npm start` on a fresh data folder
// (embedded PostgreSQL, migrations, demo data), answering on /api/health and the
// sign-in page; then a SIGTERM to npm, as a service manager or `docker stop` sends it,
// must stop the app and PostgreSQL cleanly. While it runs, `claimtrack search` without
// DATABASE_URL must find the app's embedded database. npm test runs this after the
// production build (scripts/test.ts), and again in a production install
// (tests/smoke/production-install.ts); exit code 0 when every point held.
import { execFile, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'
import { findRunningEmbeddedPostgres } from '@/lib/db/embedded-postgres'

const PORT = Number(process.env.SMOKE_PORT ?? 3190)
const BASE = `http://127.0.0.1:${PORT}`
const STARTUP_MS = 120_000
const SHUTDOWN_MS = 30_000

const dataDir = await mkdtemp(path.join(tmpdir(), 'claimtrack-start-'))
// Run as root, the embedded PostgreSQL runs as "postgres", who must be able to enter it.
await chmod(dataDir, 0o755)
const env: NodeJS.ProcessEnv = { ...process.env, CLAIMTRACK_DATA_DIR: dataDir, PORT: String(PORT), NEXTAUTH_URL: BASE }
delete env.DATABASE_URL
delete env.NEXTAUTH_SECRET

let output = ''
// Its own process group, so that whatever a failed stop leaves behind can be cleared.
const npm = spawn('npm', ['start'], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
npm.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
npm.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
const exited = new Promise<number | null>((resolve) => npm.on('exit', (code) => resolve(code)))

const problems: string[] = []
try {
  const health = await waitFor(async () => {
    if (npm.exitCode !== null) return { exited: npm.exitCode }
    const response = await fetch(`${BASE}/api/health`).catch(() => null)
    return response?.ok ? { health: (await response.json()) as unknown } : null
  }, STARTUP_MS)
  if (!health) problems.push(`no healthy /api/health within ${STARTUP_MS / 1000} s`)
  else if ('exited' in health) problems.push(`npm start exited with ${health.exited} before it answered`)
  else console.log('health:', JSON.stringify(health.health))
  const signIn = await fetch(`${BASE}/signin`).catch(() => null)
  if (signIn?.status !== 200) problems.push(`/signin answered ${signIn?.status ?? 'nothing'}`)
  if (!/Demo data created/.test(output)) problems.push('no demo data on the fresh embedded database')
  if (health && !('exited' in health)) {
    const found = await searchFromCli()
    if (found) problems.push(found)
  }

  npm.kill('SIGTERM')
  const stoppedAt = Date.now()
  const code = await Promise.race([exited, sleep(SHUTDOWN_MS).then(() => 'timeout' as const)])
  if (code === 'timeout') problems.push(`npm did not exit within ${SHUTDOWN_MS / 1000} s of SIGTERM`)
  // PostgreSQL removes its postmaster.pid when it has shut down cleanly.
  const postmasterPid = path.join(dataDir, 'postgres', 'postmaster.pid')
  const pgStopped = await waitFor(async () => !existsSync(postmasterPid) || null, SHUTDOWN_MS)
  if (!pgStopped) problems.push('embedded PostgreSQL still running (postmaster.pid is there)')
  const appStopped = await waitFor(async () => ((await fetch(`${BASE}/api/health`).catch(() => null)) ? null : true), SHUTDOWN_MS)
  if (!appStopped) problems.push(`the app still answers on port ${PORT}`)
  if (!/Embedded PostgreSQL stopped/.test(output)) problems.push('the log does not say PostgreSQL stopped')
  console.log(`stopped ${((Date.now() - stoppedAt) / 1000).toFixed(1)} s after SIGTERM`)
} finally {
  try {
    process.kill(-npm.pid!, 'SIGKILL')
  } catch {
    // the group is gone: everything stopped
  }
  await rm(dataDir, { recursive: true, force: true }).catch(() => {})
}

if (problems.length) {
  console.error(`npm start / SIGTERM: ${problems.join('; ')}\n--- its output ---\n${output}`)
  process.exit(1)
}
console.log('npm start served the demo on embedded PostgreSQL and stopped cleanly on SIGTERM')

// `claimtrack search` in the demo workspace, beside the running app: the problem, if any.
async function searchFromCli(): Promise<string | undefined> {
  const databaseUrl = await findRunningEmbeddedPostgres({ dataDir: path.join(dataDir, 'postgres') })
  if (!databaseUrl) return 'the running embedded PostgreSQL cannot be found from its data folder'
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  const workspace = await client.query<{ id: string }>('SELECT id FROM "Workspace" ORDER BY "createdAt" LIMIT 1').finally(() => client.end())
  const cliEnv = { ...env, NODE_OPTIONS: '' }
  const result = await promisify(execFile)(process.execPath, ['scripts/claimtrack.mjs', 'search', '--workspace', workspace.rows[0]!.id, 'billion', '--json'], { env: cliEnv }).catch((error: { stderr?: string }) => ({ stdout: '', stderr: error.stderr ?? String(error) }))
  const hits = result.stdout ? ((JSON.parse(result.stdout) as { hits: unknown[] }).hits.length) : 0
  console.log(`claimtrack search beside the app: ${hits} hits`)
  return hits > 0 ? undefined : `claimtrack search without DATABASE_URL found nothing beside the running app: ${result.stderr}`
}

async function waitFor<T>(probe: () => Promise<T | null>, timeoutMs: number): Promise<T | null> {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    const value = await probe()
    if (value !== null) return value
    await sleep(500)
  }
  return null
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
