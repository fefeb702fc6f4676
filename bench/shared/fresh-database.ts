// A fresh database for a benchmark (`name`: review, export, match): on the server in
// DATABASE_URL when set, else on an embedded PostgreSQL under .data/bench-<name>.
// BENCH_DATABASE_NAME names it, for a shared server where each user has their own.
import path from 'node:path'
import pg from 'pg'
import { startEmbeddedPostgres } from '@/lib/db/embedded-postgres'

export async function freshDatabase(name: 'review' | 'export' | 'match' | 'search' | 'imports' | 'soak' | 'sources'): Promise<{ databaseUrl: string; stop: () => Promise<void> }> {
  const database = process.env.BENCH_DATABASE_NAME ?? `claimtrack_bench_${name}`
  if (!/^[a-z_][a-z0-9_]*$/.test(database)) throw new Error(`BENCH_DATABASE_NAME must be a plain lower-case name, not ${database}`)
  const server = process.env.DATABASE_URL
    ? { databaseUrl: process.env.DATABASE_URL, stop: async () => {} }
    : await startEmbeddedPostgres({ dataDir: path.resolve(`.data/bench-${name}/postgres`), log: () => {} })
  const url = new URL(server.databaseUrl)
  url.search = ''
  const admin = new pg.Client({ connectionString: url.toString() })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
  await admin.query(`CREATE DATABASE ${database}`)
  await admin.end()
  url.pathname = `/${database}`
  return { databaseUrl: url.toString(), stop: server.stop }
}
