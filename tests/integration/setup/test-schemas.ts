// Helpers for Postgres schemas that integration tests create and drop. Used by
// the per-file harness (test-database.ts) and by tests that need extra schemas.
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { expect } from 'vitest'

export { dropSchema, withClient, withSchema, withoutSchema } from '@/lib/db/postgres-schemas'

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]'])

// Tests create and drop schemas freely; pointed at a shared or production server
// by a stray DATABASE_URL, that would be a disaster, so only local hosts are
// accepted unless ALLOW_REMOTE_TEST_DB=1 says otherwise.
export function requireLocalDatabaseUrl(databaseUrl: string | undefined): string {
  if (!databaseUrl) {
    throw new Error('Integration tests need DATABASE_URL (a local Postgres), e.g. postgresql://postgres@127.0.0.1:5432/test')
  }
  const { hostname } = new URL(databaseUrl)
  if (!LOCAL_HOSTS.has(hostname) && process.env.ALLOW_REMOTE_TEST_DB !== '1') {
    throw new Error(`Refusing to run integration tests against ${hostname}: not a local database. Set ALLOW_REMOTE_TEST_DB=1 if you mean it.`)
  }
  return databaseUrl
}

// `it_<test file>_<random>`: unique, and recognisable if a crashed run leaves one.
export function uniqueSchemaName(label = testFileLabel()): string {
  const slug = label.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 40)
  return `it_${slug}_${randomBytes(4).toString('hex')}`
}


function testFileLabel(): string {
  const testPath = expect.getState().testPath
  return testPath ? path.basename(testPath).replace(/\.test\.ts$/, '') : 'test'
}
