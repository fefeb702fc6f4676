import { afterEach, describe, expect, it } from 'vitest'
import { requireLocalDatabaseUrl, withSchema } from '../integration/setup/test-schemas'

// The integration harness creates and drops schemas: it must never be pointed at
// a database that is not on this machine by accident.
describe('integration test database guard', () => {
  afterEach(() => {
    delete process.env.ALLOW_REMOTE_TEST_DB
  })

  it('accepts local hosts', () => {
    for (const host of ['localhost', '127.0.0.1', '[::1]']) {
      expect(requireLocalDatabaseUrl(`postgresql://postgres@${host}:5432/test`)).toContain(host)
    }
  })

  it('refuses any other host, and a missing DATABASE_URL', () => {
    expect(() => requireLocalDatabaseUrl('postgresql://u:p@db.example.com:5432/prod')).toThrow(/Refusing .* db\.example\.com/)
    expect(() => requireLocalDatabaseUrl('postgresql://u@10.0.0.5/test')).toThrow(/not a local database/)
    expect(() => requireLocalDatabaseUrl(undefined)).toThrow(/need DATABASE_URL/)
  })

  it('lets ALLOW_REMOTE_TEST_DB=1 through', () => {
    process.env.ALLOW_REMOTE_TEST_DB = '1'
    expect(requireLocalDatabaseUrl('postgresql://u@db.example.com/test')).toBe('postgresql://u@db.example.com/test')
  })

  it('points a URL at a schema, replacing any schema it had', () => {
    expect(withSchema('postgresql://u@localhost/test?schema=old&sslmode=disable', 'it_x_1')).toBe(
      'postgresql://u@localhost/test?schema=it_x_1&sslmode=disable',
    )
  })
})
