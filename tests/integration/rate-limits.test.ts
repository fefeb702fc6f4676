// Rate limits against the real rate_limits table: shared between app instances (two
// pools), answered 429 with Retry-After by routes, recovered after the window, and the
// write budget that handleRoute spends for every mutating workspace route.
// Budgets are shortened through the same environment variables operators use.
import pg from 'pg'
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { encodeSessionToken } from '@/lib/auth/session-token'
import { getDb } from '@/lib/db/client'
import { parseDatabaseUrl } from '@/lib/db/database-url'
import { consumeRateLimit, createRateLimiters, storageKey } from '@/lib/rate-limit/limiters'
import { refuseLimitedSignIn } from '@/lib/rate-limit/credentials-callback'
import { verifyCredentials } from '@/lib/users/verify-credentials'
import { expectAppError } from '../support/app-error'
import { session } from '../support/signed-in'
import { TEST_PASSWORD, createUser, uniqueEmail } from '../support/users'

process.env.NEXTAUTH_SECRET ??= 'integration-secret-0123456789'
process.env.RATE_LIMIT_WRITES_PER_USER = '3/60'
process.env.RATE_LIMIT_SIGN_IN_PER_ACCOUNT = '3/1'
process.env.RATE_LIMIT_SIGN_IN_PER_IP = '1000/60'
process.env.RATE_LIMIT_SIGN_IN_BLOCK_SECONDS = '1'
process.env.RATE_LIMIT_SIGN_IN_MAX_BLOCK_SECONDS = '4'

vi.mock('@/lib/auth/session', () => import('../support/signed-in'))
const sources = await import('@/app/api/workspaces/[workspaceId]/sources/route')
const nextAuthRoute = await import('@/app/api/auth/[...nextauth]/route')

const pools: pg.Pool[] = []
function appInstance(env: Record<string, string>) {
  const pool = new pg.Pool({ connectionString: parseDatabaseUrl(process.env.DATABASE_URL!).connectionString, max: 2 })
  pools.push(pool)
  return createRateLimiters(pool, env)
}
afterAll(async () => {
  await Promise.all(pools.map((pool) => pool.end()))
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('limiters shared through Postgres', () => {
  it('counts one budget across two app instances, in this test schema', async () => {
    const env = { RATE_LIMIT_IMPORTS_PER_USER: '3/60' }
    const [first, second] = [appInstance(env), appInstance(env)]
    await consumeRateLimit('importsPerUser', 'user-a', first)
    await consumeRateLimit('importsPerUser', 'user-a', second)
    await consumeRateLimit('importsPerUser', 'user-a', first)
    const error = await expectAppError(consumeRateLimit('importsPerUser', 'user-a', second), 'RATE_LIMITED')
    expect(error.message).toMatch(/^You have imported too many documents\. Try again in 1 minute\.$/)
    expect(Number(error.details?.retryAfterSeconds)).toBeGreaterThan(50)
    // Another key has its own budget.
    await consumeRateLimit('importsPerUser', 'user-b', second)
    // The rows are in this file's schema (DATABASE_URL ?schema=), keyed by hash, with a future expiry.
    const row = await getDb().rateLimit.findUniqueOrThrow({ where: { key: `importsPerUser:${storageKey('user-a')}` } })
    expect(row.points).toBe(4)
    expect(row.expire!.getTime()).toBeGreaterThan(Date.now() + 50_000)
  })

  it('lets a key through again once its window has passed', async () => {
    const env = { RATE_LIMIT_SIGN_UP_PER_IP: '2/1' }
    const [first, second] = [appInstance(env), appInstance(env)]
    await consumeRateLimit('signUpPerIp', '203.0.113.7', first)
    await consumeRateLimit('signUpPerIp', '203.0.113.7', second)
    const error = await expectAppError(consumeRateLimit('signUpPerIp', '203.0.113.7', first), 'RATE_LIMITED')
    expect(error.details?.retryAfterSeconds).toBe('1')
    // Refused from memory now, without a round trip, until the window ends.
    await expectAppError(consumeRateLimit('signUpPerIp', '203.0.113.7', first), 'RATE_LIMITED')
    await sleep(1_100)
    await consumeRateLimit('signUpPerIp', '203.0.113.7', first)
    await consumeRateLimit('signUpPerIp', '203.0.113.7', second)
  })
})

describe('writes per user, from handleRoute', () => {
  let owner: Awaited<ReturnType<typeof createUser>>
  let cookie: string
  beforeEach(async () => {
    owner = await createUser('writer')
    session.actor = owner
    const token = await encodeSessionToken({ token: { sub: owner.id, email: owner.email, sv: 1 }, secret: process.env.NEXTAUTH_SECRET! })
    cookie = `other=1; next-auth.session-token=${token}`
  })

  function call(method: 'GET' | 'POST', withCookie = true, index = 0) {
    const body = method === 'POST' ? JSON.stringify({ url: `https://stats.example.org/${index}`, title: `Statistics ${index}`, type: 'OFFICIAL_STATISTICS', reliability: 4 }) : undefined
    const headers: Record<string, string> = { 'content-type': 'application/json', ...(withCookie ? { cookie } : {}) }
    const request = new Request(`http://localhost/api/workspaces/${owner.workspaceId}/sources`, { method, headers, body })
    const handler = method === 'POST' ? sources.POST : sources.GET
    return handler(request, { params: Promise.resolve({ workspaceId: owner.workspaceId }) } as never)
  }

  it('answers 429 with Retry-After and a message once the budget is spent; reads still work', async () => {
    for (let index = 0; index < 3; index++) expect((await call('POST', true, index)).status).toBe(201)
    const refused = await call('POST', true, 3)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(50)
    const body = (await refused.json()) as { error: { code: string; message: string } }
    expect(body.error).toMatchObject({ code: 'RATE_LIMITED', message: 'Too many changes in a short time. Try again in 1 minute.' })
    // Nothing was written by the refused request.
    expect(await getDb().source.count({ where: { workspaceId: owner.workspaceId } })).toBe(3)
    expect((await call('GET')).status).toBe(200)
  })

  it('counts nothing for a request without a session cookie (the route answers for itself)', async () => {
    for (let index = 0; index < 5; index++) expect((await call('POST', false, index)).status).toBe(201)
  })
})

describe('sign-in attempts', () => {
  function signInRequest(email: string, password: string, ip = '198.51.100.20') {
    return new Request('http://localhost/api/auth/callback/credentials', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': ip },
      body: new URLSearchParams({ email, password, csrfToken: 'x', json: 'true' }),
    })
  }

  it('blocks an account after its budget even with the right password, with backoff, then recovers', async () => {
    const user = await createUser('target')
    for (let attempt = 0; attempt < 3; attempt++) expect(await refuseLimitedSignIn(signInRequest(user.email, 'wrong password'))).toBeNull()
    // The route answers before next-auth (and its password hash) runs.
    const refused = await nextAuthRoute.POST(signInRequest(user.email.toUpperCase(), TEST_PASSWORD), { params: Promise.resolve({ nextauth: ['callback', 'credentials'] }) })
    expect(refused.status).toBe(429)
    expect(refused.headers.get('retry-after')).toBe('1')
    expect(((await refused.json()) as { error: { message: string } }).error.message).toBe('Too many sign-in attempts for this account. Try again in 1 second.')
    // Another account from the same IP is not blocked.
    expect(await refuseLimitedSignIn(signInRequest(uniqueEmail('bystander'), 'x'))).toBeNull()

    await sleep(1_100)
    for (let attempt = 0; attempt < 3; attempt++) expect(await refuseLimitedSignIn(signInRequest(user.email, 'wrong password'))).toBeNull()
    // The second block of the day lasts twice as long.
    expect((await refuseLimitedSignIn(signInRequest(user.email, 'wrong password')))?.headers.get('retry-after')).toBe('2')
    await sleep(2_100)
    expect(await refuseLimitedSignIn(signInRequest(user.email, TEST_PASSWORD))).toBeNull()
    expect(await verifyCredentials({ email: user.email, password: TEST_PASSWORD })).not.toBeNull()
  })

  it('starts the count again after a successful sign-in', async () => {
    const user = await createUser('forgetful')
    for (let attempt = 0; attempt < 3; attempt++) expect(await refuseLimitedSignIn(signInRequest(user.email, 'wrong'))).toBeNull()
    expect(await verifyCredentials({ email: user.email, password: TEST_PASSWORD })).not.toBeNull()
    for (let attempt = 0; attempt < 3; attempt++) expect(await refuseLimitedSignIn(signInRequest(user.email, 'wrong'))).toBeNull()
  })
})
