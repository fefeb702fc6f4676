// npm start / npm run dev: the database (DATABASE_URL, or an embedded PostgreSQL under
// .data/postgres), migrations, demo data on an empty embedded database, then Next.js.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { disconnectDb } from '@/lib/db/client'
import { startEmbeddedPostgres } from '@/lib/db/embedded-postgres'
import { applyMigrations } from '@/lib/db/migrations'
import { describeSeed, isDatabaseEmpty, seedDemo } from '@/lib/demo/seed-demo'
import { DATA_DIR, ensureAuthSecret, readPort } from '@/lib/env'

const NEXT_BIN = path.resolve('node_modules/.bin/next')
const isDev = process.argv.includes('--dev')
const log = (message: string) => console.log(`[claimtrack] ${message}`)

async function prepareDatabase(): Promise<{ databaseUrl: string; isEmbedded: boolean; stop: () => Promise<void> }> {
  if (process.env.DATABASE_URL) {
    log('Using the database in DATABASE_URL.')
    return { databaseUrl: process.env.DATABASE_URL, isEmbedded: false, stop: async () => {} }
  }
  const embedded = await startEmbeddedPostgres({ dataDir: path.join(DATA_DIR, 'postgres'), log })
  process.env.DATABASE_URL = embedded.databaseUrl
  return { ...embedded, isEmbedded: true }
}

const started = Date.now()
const database = await prepareDatabase().catch((error: unknown) => {
  console.error(`[claimtrack] ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
let isStopping = false
async function stop(code: number): Promise<never> {
  if (!isStopping) {
    isStopping = true
    await disconnectDb().catch(() => {})
    await database
      .stop()
      .then(() => database.isEmbedded && log('Embedded PostgreSQL stopped.'))
      .catch((error: unknown) => console.error('[claimtrack] could not stop PostgreSQL cleanly', error))
  }
  process.exit(code)
}

try {
  const { applied } = await applyMigrations(database.databaseUrl)
  log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date.')
  // Demo data only for the embedded default: your own database stays yours (npm run db:seed adds it).
  if (database.isEmbedded && (await isDatabaseEmpty())) log(describeSeed(await seedDemo()))
  await disconnectDb()
  log(`Database ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
} catch (error) {
  console.error('[claimtrack] could not prepare the database:', error)
  await stop(1)
}

if (!isDev && !existsSync('.next/BUILD_ID')) {
  // A production install (npm ci --omit=dev) lacks the build's tools (Tailwind's among them).
  if (!canBuild()) {
    console.error('[claimtrack] No production build in .next, and this install cannot make one (no devDependencies).\n' + '[claimtrack] Run `npm ci && npm run build` first; then `npm ci --omit=dev && npm start` runs it.')
    await stop(1)
  }
  log('No production build yet: building the app once (about a minute)…')
  const build = spawnSync(NEXT_BIN, ['build'], { stdio: 'inherit', env: process.env })
  if (build.status !== 0) await stop(build.status ?? 1)
}

const port = readPort()
const env = {
  ...process.env,
  NEXTAUTH_SECRET: await ensureAuthSecret(),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  // A self-hosted tool does not phone home unless its user opts in.
  NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? '1',
  PORT: String(port),
}
const next = spawn(NEXT_BIN, [isDev ? 'dev' : 'start', '-p', String(port)], { stdio: 'inherit', env })
log(`Starting the app on http://localhost:${port}`)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    next.kill(signal)
  })
}
next.on('exit', (code) => void stop(code ?? 0))

function canBuild(): boolean {
  try {
    createRequire(import.meta.url).resolve('@tailwindcss/postcss')
    return true
  } catch {
    return false
  }
}
