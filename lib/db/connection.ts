// Turns DATABASE_URL into what node-postgres and Prisma's adapter need.
// A `?schema=name` parameter (Prisma's convention) selects a Postgres schema:
// tests give every file its own schema this way.
import { PrismaPg } from '@prisma/adapter-pg'

export interface ConnectionSettings {
  connectionString: string
  schema: string | undefined
}

export function parseDatabaseUrl(databaseUrl: string): ConnectionSettings {
  const url = new URL(databaseUrl)
  const schema = url.searchParams.get('schema') ?? undefined
  url.searchParams.delete('schema')
  if (schema) {
    // Unqualified SQL (raw queries, migrations) resolves in the same schema.
    url.searchParams.set('options', `-c search_path="${schema}"`)
  }
  return { connectionString: url.toString(), schema }
}

export function createPgAdapter(databaseUrl: string, pool: { max?: number } = {}): PrismaPg {
  const { connectionString, schema } = parseDatabaseUrl(databaseUrl)
  return new PrismaPg(
    { connectionString, max: pool.max ?? 10, connectionTimeoutMillis: 5_000 },
    { schema, onPoolError: () => {} },
  )
}
