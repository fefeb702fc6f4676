// node-postgres and Prisma's adapter on DATABASE_URL (read by ./database-url.ts).
import { PrismaPg } from '@prisma/adapter-pg'
import pg from 'pg'
import { parseDatabaseUrl } from './database-url'
import { countQueriesOn } from './query-counter'

export { parseDatabaseUrl, type ConnectionSettings } from './database-url'

// Our own pool, so every connection it opens can be counted (lib/db/query-counter.ts),
// and so hot reads can run prepared statements on it (lib/db/prepared-query.ts).
export function createPgAdapter(databaseUrl: string, pool: { max?: number } = {}): { adapter: PrismaPg; connections: pg.Pool } {
  const { connectionString, schema } = parseDatabaseUrl(databaseUrl)
  const connections = new pg.Pool({ connectionString, max: pool.max ?? 10, connectionTimeoutMillis: 5_000 })
  connections.on('connect', countQueriesOn)
  return { adapter: new PrismaPg(connections, { schema, onPoolError: () => {}, disposeExternalPool: true }), connections }
}
