import { describe, expect, it } from 'vitest'
import { getDb } from '@/lib/db/client'
import { resetTestDatabase } from './setup/test-database-reset'

// The harness itself: each file gets its own migrated schema, and getDb() uses it.
describe('integration test database', () => {
  const schema = process.env.TEST_DATABASE_SCHEMA ?? ''

  it('points DATABASE_URL and getDb() at a fresh schema of this file', async () => {
    expect(schema).toMatch(/^it_test_database_[0-9a-f]{8}$/)
    expect(new URL(process.env.DATABASE_URL ?? '').searchParams.get('schema')).toBe(schema)
    const [row] = await getDb().$queryRawUnsafe<{ schema: string }[]>('SELECT current_schema() AS schema')
    expect(row?.schema).toBe(schema)
    expect(await getDb().user.count()).toBe(0)
  })

  it('writes through Prisma into that schema, and resetTestDatabase() empties it', async () => {
    await getDb().user.create({ data: { email: 'harness@example.test' } })
    const [row] = await getDb().$queryRawUnsafe<{ count: bigint }[]>(
      `SELECT count(*) AS count FROM "${schema}"."User" WHERE email = 'harness@example.test'`,
    )
    expect(Number(row?.count)).toBe(1)
    await resetTestDatabase()
    expect(await getDb().user.count()).toBe(0)
  })
})
