// GET /api/health's verdicts, and recovery after an outage: a real PostgreSQL is
// stopped under the app's connection pool and started again.
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { disconnectDb } from '@/lib/db/client'
import { startEmbeddedPostgres } from '@/lib/db/embedded-postgres'
import { isDatabaseUp } from '@/lib/db/health'
import { applyMigrations } from '@/lib/db/migrations'
import { checkHealth } from '@/lib/health/check-health'
import { dropSchema, uniqueSchemaName, withSchema } from './setup/test-schemas'

const harnessUrl = process.env.DATABASE_URL!
const baseUrl = process.env.TEST_DATABASE_BASE_URL!
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function useDatabase(databaseUrl: string): Promise<void> {
  process.env.DATABASE_URL = databaseUrl
  await disconnectDb()
}

afterAll(() => useDatabase(harnessUrl))

describe('checkHealth', () => {
  it('is healthy on a migrated database', async () => {
    expect(await checkHealth()).toEqual({ isHealthy: true, body: { db: 'ok', migrations: 'current' } })
  })

  it('reports a database that is behind, naming what to run', async () => {
    const schema = uniqueSchemaName('behind')
    await useDatabase(withSchema(baseUrl, schema))
    try {
      const health = await checkHealth()
      expect(health.isHealthy).toBe(false)
      expect(health.body).toMatchObject({ db: 'ok', migrations: 'behind' })
      expect('pending' in health.body && health.body.pending?.[0]).toMatch(/_init$/)
      expect(health.body).toHaveProperty('reason', expect.stringContaining('npm run db:migrate'))
    } finally {
      await useDatabase(harnessUrl)
      await dropSchema(baseUrl, schema)
    }
  })
})

describe('a database outage', () => {
  it('is reported as unavailable, and the app recovers by itself when Postgres returns', { timeout: 60_000 }, async () => {
    const parent = await mkdtemp(path.join(tmpdir(), 'claimtrack-outage-'))
    await chmod(parent, 0o755) // as root, Postgres runs as user postgres and must enter it
    const dataDir = path.join(parent, 'postgres')
    const quiet = () => {}
    let server = await startEmbeddedPostgres({ dataDir, log: quiet })
    const port = Number(new URL(server.databaseUrl).port)
    try {
      await applyMigrations(server.databaseUrl)
      await useDatabase(server.databaseUrl)
      expect((await checkHealth()).isHealthy).toBe(true)

      await server.stop()
      expect(await checkHealth()).toMatchObject({ isHealthy: false, body: { db: 'unavailable', reason: 'The database cannot be reached' } })
      await pause(1_100) // past isDatabaseUp's one-second memory
      expect(await isDatabaseUp()).toBe(false)

      // Same port, same pool: no restart of the app.
      server = await startEmbeddedPostgres({ dataDir, log: quiet, port })
      expect((await checkHealth()).isHealthy).toBe(true)
      await pause(1_100)
      expect(await isDatabaseUp()).toBe(true)
    } finally {
      await useDatabase(harnessUrl)
      await server.stop()
      await rm(parent, { recursive: true, force: true })
    }
  })
})
