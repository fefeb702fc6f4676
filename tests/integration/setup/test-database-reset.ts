// Empties every table of this test file's schema (keeping the migration history),
// for tests that must start from nothing. One TRUNCATE … CASCADE: fast, and
// immune to foreign-key order.
import { withClient } from './test-schemas'

export async function resetTestDatabase(): Promise<void> {
  const databaseUrl = process.env.TEST_DATABASE_BASE_URL
  const schema = process.env.TEST_DATABASE_SCHEMA
  if (!databaseUrl || !schema) throw new Error('resetTestDatabase() only works in the integration project')
  await withClient(databaseUrl, async (client) => {
    const { rows } = await client.query<{ name: string }>(
      `SELECT quote_ident(schemaname) || '.' || quote_ident(tablename) AS name
         FROM pg_tables WHERE schemaname = $1 AND tablename <> '_prisma_migrations'`,
      [schema],
    )
    if (rows.length) await client.query(`TRUNCATE ${rows.map((row) => row.name).join(', ')} RESTART IDENTITY CASCADE`)
  })
}
