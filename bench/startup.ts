// npm run bench:startup — how fast `npm start` answers, and how much memory the
// server holds. Measures, with the embedded PostgreSQL default and a warm data dir:
//   1. time from spawning `npm start` to the first 200 from /api/health (median of runs)
//   2. resident memory of the app server after 100 requests (Postgres reported apart)
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { get } from 'node:http'
import path from 'node:path'
import { processTree } from './process-tree'

const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const PORT = Number(process.env.BENCH_PORT ?? 3917)
const DATA_DIR = path.resolve('.data/bench-startup')
const BASE = `http://127.0.0.1:${PORT}`

function startApp(): ChildProcess {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(PORT), CLAIMTRACK_DATA_DIR: DATA_DIR }
  delete env.DATABASE_URL
  return spawn('npm', ['start'], { env, detached: true, stdio: ['ignore', 'ignore', 'inherit'] })
}

// One connection per request: a kept-alive socket would keep talking to the previous
// run's server while it shuts down, and keep that shutdown waiting.
function request(pathname: string): Promise<number> {
  return new Promise((resolve) => {
    get(`${BASE}${pathname}`, { agent: false }, (response) => {
      response.resume()
      response.on('end', () => resolve(response.statusCode ?? 0))
    }).on('error', () => resolve(0))
  })
}

async function waitForHealthy(timeoutMs = 120_000): Promise<number> {
  const started = performance.now()
  while (performance.now() - started < timeoutMs) {
    const status = await request('/api/health')
    if (status === 200) return performance.now() - started
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  throw new Error(`no 200 from ${BASE}/api/health within ${timeoutMs / 1000} s`)
}

// Ctrl-C to the whole process group, then wait until every process of it is gone
// (npm exits before its children have stopped Next.js and Postgres).
async function stopApp(app: ChildProcess): Promise<void> {
  process.kill(-app.pid!, 'SIGINT')
  for (;;) {
    try {
      process.kill(-app.pid!, 0)
    } catch {
      return
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

const PATHS = ['/api/health', '/signin', '/api/workspaces', '/signup']

async function measureMemory(app: ChildProcess) {
  for (let i = 0; i < 100; i++) await request(PATHS[i % PATHS.length]!)
  const tree = processTree(app.pid!)
  const isPostgres = (command: string) => /postgres/.test(command) && !/tsx|node/.test(command)
  const server = tree.filter((entry) => /next-server|next start|next\/dist/.test(entry.command))
  const sum = (entries: typeof tree) => entries.reduce((total, entry) => total + entry.rssBytes, 0)
  return { server: sum(server), launcher: sum(tree.filter((entry) => !isPostgres(entry.command))) - sum(server), postgres: sum(tree.filter((entry) => isPostgres(entry.command))) }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

if (!existsSync('.next/BUILD_ID')) spawnSync('npx', ['next', 'build'], { stdio: 'inherit' })

console.log(`Warming up: first start creates ${path.relative('.', DATA_DIR)} (initdb, migrations, demo data)…`)
let app = startApp()
const coldMs = await waitForHealthy()
await stopApp(app)

const timings: number[] = []
for (let run = 1; run <= RUNS; run++) {
  app = startApp()
  timings.push(await waitForHealthy())
  if (run < RUNS) await stopApp(app)
}
const memory = await measureMemory(app)
await stopApp(app)

console.log('\nbench:startup (embedded PostgreSQL, production build)')
console.log(`  cold start (new data dir) to first 200 /api/health: ${(coldMs / 1000).toFixed(2)} s`)
console.log(`  warm start to first 200 /api/health, median of ${RUNS}: ${(median(timings) / 1000).toFixed(2)} s  (runs: ${timings.map((ms) => (ms / 1000).toFixed(2)).join(', ')} s; goal < 5 s)`)
console.log(`  app server RSS after 100 requests: ${mb(memory.server)}  (goal < 300 MB)`)
console.log(`  also resident: launcher (npm + tsx) ${mb(memory.launcher)}, PostgreSQL ${mb(memory.postgres)}`)
