// The status a failure is answered with: a database that cannot be reached is 503 with
// Retry-After; a connection pool that waited too long is load, 429 with Retry-After.
import { describe, expect, it } from 'vitest'
import { describeError } from '@/lib/http/handle-route'

describe('describeError', () => {
  it('answers an unreachable database 503 with Retry-After', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })
    expect(describeError(refused)).toMatchObject({ status: 503, body: { error: { code: 'UNAVAILABLE' } }, headers: { 'Retry-After': '5' } })
  })

  it('answers a busy pool 429 with Retry-After, never as an outage', () => {
    expect(describeError(new Error('timeout exceeded when trying to connect'))).toMatchObject({ status: 429, body: { error: { code: 'BUSY' } }, headers: { 'Retry-After': '2' } })
  })
})
