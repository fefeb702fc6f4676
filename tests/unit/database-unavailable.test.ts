import { describe, expect, it } from 'vitest'
import { isDatabaseUnavailableError } from '@/lib/db/unavailable'

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
