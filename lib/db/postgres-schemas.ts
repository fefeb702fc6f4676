// Postgres schemas named in a DATABASE_URL (`?schema=`): pointing a URL at one, and
// dropping one. Used by the test runner (scripts/test.ts) and the integration harness.
import pg from 'pg'

export function withSchema(databaseUrl: string, schema: string): string {
  const url = new URL(databaseUrl)
  url.searchParams.set('schema', schema)
  return url.toString()
}

export function withoutSchema(databaseUrl: string): string {
  const url = new URL(databaseUrl)
  url.searchParams.delete('schema')
  return url.toString()
}

export async function withClient<T>(databaseUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withoutSchema(databaseUrl) })
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}

export async function dropSchema(databaseUrl: string, schema: string): Promise<void> {
  await withClient(databaseUrl, (client) => client.query(`DROP SCHEMA IF EXISTS ${client.escapeIdentifier(schema)} CASCADE`))
}
