import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { parseDatabaseUrl } from '@/lib/db/connection'

// What node-postgres will actually send: the same parser pg.Client uses.
function pgOptionsOf(connectionString: string): string | undefined {
  const client = new pg.Client({ connectionString })
  return (client as unknown as { connectionParameters: { options?: string } }).connectionParameters.options
}

describe('parseDatabaseUrl', () => {
  it('leaves a URL without ?schema= as it is', () => {
    const result = parseDatabaseUrl('postgresql://postgres@127.0.0.1:5432/test')
    expect(result).toEqual({ connectionString: 'postgresql://postgres@127.0.0.1:5432/test', schema: undefined })
  })

  it('turns ?schema= into the schema and a search_path that pg sends at connect', () => {
    const result = parseDatabaseUrl('postgresql://postgres:secret@127.0.0.1:5432/test?schema=it_docs_1a2b')
    expect(result.schema).toBe('it_docs_1a2b')
    expect(result.connectionString).not.toContain('schema=')
    expect(pgOptionsOf(result.connectionString)).toBe('-c search_path="it_docs_1a2b"')
  })

  it('keeps other parameters and options already in the URL', () => {
    const result = parseDatabaseUrl('postgresql://u@localhost/db?sslmode=disable&options=-c%20statement_timeout%3D5000&schema=app')
    expect(new URL(result.connectionString).searchParams.get('sslmode')).toBe('disable')
    expect(pgOptionsOf(result.connectionString)).toBe('-c statement_timeout=5000 -c search_path="app"')
  })

  it('keeps the case of the schema name', () => {
    expect(pgOptionsOf(parseDatabaseUrl('postgresql://u@localhost/db?schema=MySchema').connectionString)).toBe(
      '-c search_path="MySchema"',
    )
  })

  it('treats an empty ?schema= as none', () => {
    expect(parseDatabaseUrl('postgresql://u@localhost/db?schema=').schema).toBeUndefined()
  })

  it('refuses schema names that would break the startup options', () => {
    for (const name of ['my schema', 'a"b', 'x\\y', '1abc', 'a'.repeat(64)]) {
      expect(() => parseDatabaseUrl(`postgresql://u@localhost/db?schema=${encodeURIComponent(name)}`)).toThrow(/invalid \?schema=/)
    }
  })
})
