// A database for a benchmark (`name`: review, export, match…): on the server in
// DATABASE_URL when set, else on an embedded PostgreSQL under .data/bench-<name>.
// BENCH_DATABASE names it (default claimtrack_bench_<name>), so that two runs on one
// server need not drop each other's database; `suffix` names a second one beside it.
import path from 'node:path'
import pg from 'pg'
import { startEmbeddedPostgres } from '@/lib/db/embedded-postgres'

type BenchName = 'review' | 'export' | 'match' | 'search' | 'imports' | 'soak' | 'sources'

interface BenchDatabase {
  databaseUrl: string
  stop: () => Promise<void>
}

// Dropped and created again: the benchmark starts from nothing.
export async function freshDatabase(name: BenchName, { suffix }: { suffix?: string } = {}): Promise<BenchDatabase> {
  const { server, admin, database } = await connect(name, suffix)
  try {
    await recreate(admin, database)
  } finally {
    await admin.end()
  }
  return { databaseUrl: withDatabase(server.databaseUrl, database), stop: server.stop }
}

// A database whose contents a seed (of version `seedKey`) wrote earlier is kept: a
// million rows take a quarter of an hour to write on two cores. Reused only when the
// seed finished (`markSeeded` sets the key as the database's comment after the last
// row) and had the same key; else, or with BENCH_RESEED=1, dropped and created again.
export async function reusableDatabase(name: BenchName, seedKey: string): Promise<BenchDatabase & { isSeeded: boolean; markSeeded: () => Promise<void> }> {
  const { server, admin, database } = await connect(name)
  const marker = `claimtrack bench seed ${seedKey}`
  try {
    const { rows } = await admin.query<{ comment: string | null }>(`SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`, [database])
    const isSeeded = process.env.BENCH_RESEED !== '1' && rows[0]?.comment === marker
    if (!isSeeded) await recreate(admin, database)
    const markSeeded = async () => {
      const client = await adminClient(server.databaseUrl)
      try {
        await client.query(`COMMENT ON DATABASE ${database} IS ${pg.escapeLiteral(marker)}`)
      } finally {
        await client.end()
      }
    }
    return { databaseUrl: withDatabase(server.databaseUrl, database), stop: server.stop, isSeeded, markSeeded }
  } finally {
    await admin.end()
  }
}

async function connect(name: BenchName, suffix?: string) {
  const database = `${process.env.BENCH_DATABASE || `claimtrack_bench_${name}`}${suffix ? `_${suffix}` : ''}`
  // It goes into DDL unquoted: a plain lower-case identifier only.
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(database)) throw new Error(`BENCH_DATABASE must be a lower-case identifier (letters, digits, _), not ${JSON.stringify(database)}`)
  const server = process.env.DATABASE_URL
    ? { databaseUrl: process.env.DATABASE_URL, stop: async () => {} }
    : await startEmbeddedPostgres({ dataDir: path.resolve(`.data/bench-${name}/postgres`), log: () => {} })
  return { server, admin: await adminClient(server.databaseUrl), database }
}

async function adminClient(serverUrl: string): Promise<pg.Client> {
  const url = new URL(serverUrl)
  url.search = ''
  const client = new pg.Client({ connectionString: url.toString() })
  await client.connect()
  return client
}

async function recreate(admin: pg.Client, database: string) {
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
  await admin.query(`CREATE DATABASE ${database}`)
}

function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl)
  url.search = ''
  url.pathname = `/${database}`
  return url.toString()
}
