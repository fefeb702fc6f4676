import { describe, expect, it } from 'vitest'
import { isDatabaseBusyError, isDatabaseUnavailableError, isTransientDatabaseError } from '@/lib/db/unavailable'

describe('isDatabaseUnavailableError', () => {
  it('recognises refused and dropped connections, also when wrapped', () => {
    expect(isDatabaseUnavailableError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBe(true)
    expect(isDatabaseUnavailableError(new Error('wrapped', { cause: { code: '57P01' } }))).toBe(true)
    expect(isDatabaseUnavailableError(new Error('Connection terminated unexpectedly'))).toBe(true)
  })

  it('does not mistake other failures for an outage', () => {
    expect(isDatabaseUnavailableError(new Error('Unique constraint failed'))).toBe(false)
    expect(isDatabaseUnavailableError(Object.assign(new Error('x'), { code: 'P2002' }))).toBe(false)
    expect(isDatabaseUnavailableError(null)).toBe(false)
  })
})

describe('isDatabaseBusyError', () => {
  it('tells a pool that waited too long (load) from an unreachable database', () => {
    const poolTimeout = new Error('timeout exceeded when trying to connect')
    expect(isDatabaseBusyError(poolTimeout)).toBe(true)
    expect(isDatabaseBusyError(Object.assign(new Error('Timed out fetching a new connection from the connection pool.'), { code: 'P2024' }))).toBe(true)
    expect(isDatabaseUnavailableError(poolTimeout)).toBe(false)
    expect(isTransientDatabaseError(poolTimeout)).toBe(true)
    expect(isDatabaseBusyError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBe(false)
  })
})
