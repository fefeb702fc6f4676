// A fresh database for the export benchmark: on the server in DATABASE_URL when set,
// else on an embedded PostgreSQL under .data/bench-export.
import path from 'node:path'
import pg from 'pg'
import { startEmbeddedPostgres } from '@/lib/db/embedded-postgres'

const DATABASE = 'claimtrack_bench_export'

export async function freshDatabase(): Promise<{ databaseUrl: string; stop: () => Promise<void> }> {
  const server = process.env.DATABASE_URL
    ? { databaseUrl: process.env.DATABASE_URL, stop: async () => {} }
    : await startEmbeddedPostgres({ dataDir: path.resolve('.data/bench-export/postgres'), log: () => {} })
  const url = new URL(server.databaseUrl)
  url.search = ''
  const admin = new pg.Client({ connectionString: url.toString() })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`)
  await admin.query(`CREATE DATABASE ${DATABASE}`)
  await admin.end()
  url.pathname = `/${DATABASE}`
  return { databaseUrl: url.toString(), stop: server.stop }
}
