// Every integration test file runs against its own fresh Postgres schema, with all
// migrations applied. Nothing to import or call: this is the integration
// project's setupFile (tests/vitest.config.ts), so a test file just uses lib/:
//
//   import { expect, it } from 'vitest'
//   import { getDb } from '@/lib/db/client'
//   import { signUp } from '@/lib/users/sign-up'
//   it('signs up', async () => {
//     const actor = await signUp({ email: 'ada@example.test', password: 'correct horse battery' })
//     expect(await getDb().membership.count({ where: { userId: actor.id } })).toBe(1)
//   })
//
// Tests in one file share the schema (use unique emails, or call
// `await resetTestDatabase()` from ./test-database-reset to empty every table).
// Files run in parallel, each in its own schema, dropped at the end.
// The base database is DATABASE_URL (npm test and CI set it); a guard accepts only
// a local host unless ALLOW_REMOTE_TEST_DB=1. The schema's name is in
// process.env.TEST_DATABASE_SCHEMA, the base URL in TEST_DATABASE_BASE_URL; for
// extra schemas of your own, see ./test-schemas.
import { afterAll } from 'vitest'
import { disconnectDb } from '@/lib/db/client'
import { applyMigrations } from '@/lib/db/migrations'
import { dropSchema, requireLocalDatabaseUrl, uniqueSchemaName, withSchema } from './test-schemas'

// A worker that runs several files keeps process.env: DATABASE_URL then already
// points at the previous file's schema, so the base URL is remembered separately.
const baseUrl = requireLocalDatabaseUrl(process.env.TEST_DATABASE_BASE_URL ?? process.env.DATABASE_URL)
const schema = uniqueSchemaName()
const databaseUrl = withSchema(baseUrl, schema)

// Set before the test file is imported (setup files run first, and top-level await
// finishes here), so even modules that read DATABASE_URL on import see this schema.
process.env.TEST_DATABASE_BASE_URL = baseUrl
process.env.TEST_DATABASE_SCHEMA = schema
process.env.DATABASE_URL = databaseUrl
await disconnectDb() // a client left from an earlier file in this worker points elsewhere
await applyMigrations(databaseUrl)

afterAll(async () => {
  await disconnectDb()
  await dropSchema(baseUrl, schema)
})
