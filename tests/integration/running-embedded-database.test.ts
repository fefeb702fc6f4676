// The CLI beside a running `npm start`: it finds the embedded PostgreSQL that another
// process has open on the data directory and connects to it, instead of failing to
// start a second server on the same files (scripts/cli/open-database.ts).
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { findRunningEmbeddedPostgres, startEmbeddedPostgres } from '@/lib/db/embedded-postgres'

describe('findRunningEmbeddedPostgres', () => {
  it('gives the running server’s address, and nothing once it has stopped', async () => {
    const parent = await mkdtemp(path.join(tmpdir(), 'claimtrack-running-'))
    await chmod(parent, 0o755) // as root, Postgres runs as user postgres and must enter it
    const dataDir = path.join(parent, 'postgres')
    expect(await findRunningEmbeddedPostgres({ dataDir })).toBeUndefined()
    const server = await startEmbeddedPostgres({ dataDir, log: () => {} })
    try {
      const found = await findRunningEmbeddedPostgres({ dataDir })
      expect(found).toBe(server.databaseUrl)
      const client = new pg.Client({ connectionString: found })
      await client.connect()
      expect((await client.query<{ answer: number }>('SELECT 6 * 7 AS answer')).rows[0]?.answer).toBe(42)
      await client.end()
    } finally {
      await server.stop()
    }
    expect(await findRunningEmbeddedPostgres({ dataDir })).toBeUndefined()
    await rm(parent, { recursive: true, force: true })
  }, 60_000)
})
