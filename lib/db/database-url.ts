// Turns DATABASE_URL into what node-postgres needs. Free of imports, so that the
// proxy (proxy.ts) can use it without Prisma.
// A `?schema=name` parameter (Prisma's convention) selects a Postgres schema:
// tests give every file its own schema this way.
export interface ConnectionSettings {
  connectionString: string
  schema: string | undefined
}

// Postgres reads the startup `options` (where search_path is set) split on spaces,
// with no quoting; so names are restricted to what survives that unescaped.
const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_-]{0,62}$/

export function parseDatabaseUrl(databaseUrl: string): ConnectionSettings {
  const url = new URL(databaseUrl)
  const schema = url.searchParams.get('schema') || undefined
  url.searchParams.delete('schema')
  if (schema) {
    if (!SCHEMA_NAME.test(schema)) {
      throw new Error(`DATABASE_URL: invalid ?schema=${schema} (letters, digits, _ and -; at most 63 characters)`)
    }
    // node-postgres sends `options` in the startup packet, so every connection of
    // the pool starts with this search_path: unqualified SQL (raw queries,
    // migrations, `_prisma_migrations`) resolves in the same schema. The quotes keep
    // the name's case. Options already in the URL are kept.
    const options = [url.searchParams.get('options'), `-c search_path="${schema}"`].filter(Boolean).join(' ')
    url.searchParams.set('options', options)
  }
  return { connectionString: url.toString(), schema }
}
