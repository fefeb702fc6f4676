import { describe, expect, it } from 'vitest'
import { LIMITERS, budgetOf, describeWait, parseBudget, rateLimitedMessage, signInBlockSeconds } from '@/lib/rate-limit/budgets'
import { clientIp, trustedProxyHops } from '@/lib/rate-limit/client-ip'

describe('budgets', () => {
  it('reads <points>/<seconds> overrides and keeps the default otherwise', () => {
    expect(budgetOf('writesPerUser', {})).toEqual({ points: 120, durationSeconds: 60 })
    expect(budgetOf('writesPerUser', { RATE_LIMIT_WRITES_PER_USER: ' 300 / 120 ' })).toEqual({ points: 300, durationSeconds: 120 })
    expect(budgetOf('signInPerAccount', { RATE_LIMIT_SIGN_IN_PER_ACCOUNT: '' })).toMatchObject({ points: 5, durationSeconds: 900 })
  })

  it('refuses a malformed budget instead of running without the limit meant', () => {
    for (const value of ['5', '5/0', '0/60', 'five/60', '5/60/2', '-1/60']) {
      expect(() => parseBudget(value, { points: 1, durationSeconds: 1 }, 'RATE_LIMIT_X')).toThrow(/RATE_LIMIT_X must look like <points>\/<seconds>/)
    }
  })

  it('names a distinct environment variable for every limiter', () => {
    const names = Object.values(LIMITERS).map((spec) => spec.env)
    expect(new Set(names).size).toBe(names.length)
    for (const name of names) expect(name).toMatch(/^RATE_LIMIT_[A-Z_]+$/)
  })
})

describe('sign-in blocks', () => {
  it('doubles with each block of the day, up to the cap', () => {
    const env = {}
    expect([1, 2, 3, 4, 5].map((blockNumber) => signInBlockSeconds({ blockNumber, windowRemainingSeconds: 0, env }))).toEqual([900, 1800, 3600, 3600, 3600])
    const short = { RATE_LIMIT_SIGN_IN_BLOCK_SECONDS: '2', RATE_LIMIT_SIGN_IN_MAX_BLOCK_SECONDS: '10' }
    expect([1, 2, 3, 4, 40].map((blockNumber) => signInBlockSeconds({ blockNumber, windowRemainingSeconds: 0, env: short }))).toEqual([2, 4, 8, 10, 10])
  })

  it('never ends before the counting window does', () => {
    expect(signInBlockSeconds({ blockNumber: 1, windowRemainingSeconds: 12.2, env: { RATE_LIMIT_SIGN_IN_BLOCK_SECONDS: '5' } })).toBe(13)
  })
})

describe('messages', () => {
  it('says the wait in words a person reads, rounded up', () => {
    expect(['0.2', '1', '59', '60', '61', '240', '3599', '3600', '5000'].map((seconds) => describeWait(Number(seconds)))).toEqual([
      '1 second', '1 second', '59 seconds', '1 minute', '2 minutes', '4 minutes', '60 minutes', '1 hour', '2 hours',
    ])
    expect(rateLimitedMessage('signInPerAccount', 230)).toBe('Too many sign-in attempts for this account. Try again in 4 minutes.')
  })
})

describe('client IP', () => {
  const headers = (forwardedFor?: string) => new Headers(forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor })

  it('behind TRUST_PROXY=n takes the n-th address from the right, so a forged left part does not move the key', () => {
    const env = { TRUST_PROXY: '1' }
    expect(clientIp(headers('203.0.113.9'), env)).toBe('203.0.113.9')
    expect(clientIp(headers('1.1.1.1, 2.2.2.2, 203.0.113.9'), env)).toBe('203.0.113.9')
    expect(clientIp(headers('9.9.9.9, 203.0.113.9'), env)).toBe('203.0.113.9')
    expect(clientIp(headers('1.1.1.1, 203.0.113.9, 10.0.0.2'), { TRUST_PROXY: '2' })).toBe('203.0.113.9')
  })

  it('without TRUST_PROXY takes the address next start wrote (the last one)', () => {
    expect(clientIp(headers('::ffff:127.0.0.1'), {})).toBe('127.0.0.1')
    expect(clientIp(headers('1.1.1.1, 127.0.0.1'), {})).toBe('127.0.0.1')
    expect(clientIp(headers(), {})).toBeNull()
    expect(clientIp(headers(' , '), {})).toBeNull()
  })

  it('reads TRUST_PROXY as a number of proxies', () => {
    expect([undefined, '', '0', 'false', '1', 'true', '3'].map((value) => trustedProxyHops({ TRUST_PROXY: value }))).toEqual([0, 0, 0, 0, 1, 1, 3])
    expect(() => trustedProxyHops({ TRUST_PROXY: 'yes' })).toThrow(/TRUST_PROXY/)
  })
})
