// Pages while the database is down (proxy.ts, lib/db/reachability.ts): a real
// PostgreSQL is stopped under the running proxy, then started again on the same port.
// tests/smoke/database-outage.ts checks the same against the built app's server.
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { NextRequest } from 'next/server'
import { afterAll, describe, expect, it } from 'vitest'
import { startEmbeddedPostgres } from '@/lib/db/embedded-postgres'
import { checkReachability, closeReachabilityProbe, REACHABILITY_HEADER, verdictOnFailure } from '@/lib/db/reachability'
import { proxy } from '@/proxy'

const harnessUrl = process.env.DATABASE_URL!
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const PAGES = ['/', '/signin', '/account', '/w/c1/queue', '/w/c1/documents/c2']

const visit = (pathname: string, init?: { method?: string; headers?: Record<string, string> }) => proxy(new NextRequest(`http://localhost${pathname}`, init))
// Where Next renders the request, and the request headers the page gets.
const rewrittenTo = (response: Response) => response.headers.get('x-middleware-rewrite')
const forwarded = (response: Response, name: string) => response.headers.get(`x-middleware-request-${name}`)

afterAll(async () => {
  process.env.DATABASE_URL = harnessUrl
  await closeReachabilityProbe()
})

describe('a page while the database is down', () => {
  it('answers 503 with Retry-After and the panel, and serves pages again within a second of Postgres coming back', { timeout: 60_000 }, async () => {
    const parent = await mkdtemp(path.join(tmpdir(), 'claimtrack-page-outage-'))
    await chmod(parent, 0o755) // as root, Postgres runs as user postgres and must enter it
    const dataDir = path.join(parent, 'postgres')
    let server = await startEmbeddedPostgres({ dataDir, log: () => {} })
    const port = Number(new URL(server.databaseUrl).port)
    try {
      process.env.DATABASE_URL = server.databaseUrl
      for (const page of PAGES) {
        const response = await visit(page)
        // Served as usual (the document page, signed out, sends to sign in).
        expect(response.status, page).toBeLessThan(400)
        expect(response.headers.get('retry-after'), page).toBeNull()
        expect(rewrittenTo(response) ?? '', page).not.toContain('/database-unavailable')
      }
      // Not an address of its own while the database is up.
      expect((await visit('/database-unavailable')).status).toBe(404)
      // The verdict travels to the render, so LiveData does not probe again.
      expect(forwarded(await visit('/signin'), REACHABILITY_HEADER)).toBe('up')

      await server.stop()
      await pause(1_100) // past the verdict's one second
      for (const page of PAGES) {
        const response = await visit(page)
        expect(response.status, page).toBe(503)
        expect(response.headers.get('retry-after'), page).toBe('5')
        expect(response.headers.get('cache-control'), page).toBe('no-store')
        expect(rewrittenTo(response), page).toBe('http://localhost/database-unavailable')
        expect(response.headers.get('content-security-policy'), page).toContain("'nonce-")
      }
      // Where a rewrite comes back over HTTP (the server's origin is not the request's), it renders in place.
      const inPlace = await visit('/database-unavailable')
      expect([inPlace.status, inPlace.headers.get('retry-after'), rewrittenTo(inPlace), inPlace.headers.get('x-middleware-next')]).toEqual([503, '5', null, '1'])
      // The API answers for itself (503 JSON from lib/http/handle-route.ts); Next's own requests pass.
      expect(rewrittenTo(await visit('/api/health'))).toBeNull()
      expect(rewrittenTo(await visit('/signin', { method: 'POST' }))).toBeNull()

      server = await startEmbeddedPostgres({ dataDir, log: () => {}, port })
      await pause(1_100)
      const back = await visit('/signin')
      expect(back.status).toBe(200)
      expect(back.headers.get('retry-after')).toBeNull()
      expect(forwarded(back, REACHABILITY_HEADER)).toBe('up')
    } finally {
      process.env.DATABASE_URL = harnessUrl
      await server.stop()
      await rm(parent, { recursive: true, force: true })
    }
  })
})

describe('the reachability verdict', () => {
  it('is "down" only when Postgres is certainly not there, never for a slow or refusing one', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })
    expect(verdictOnFailure(refused)).toBe('down')
    expect(verdictOnFailure(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))).toBe('down')
    expect(verdictOnFailure(new Error('timeout exceeded when trying to connect'))).toBe('unknown')
    expect(verdictOnFailure(new Error('Connection terminated due to connection timeout'))).toBe('unknown')
    expect(verdictOnFailure(new Error('Query read timeout'))).toBe('unknown')
    expect(verdictOnFailure(Object.assign(new Error('sorry, too many clients already'), { code: '53300' }))).toBe('unknown')
  })

  it('does not let a client claim the database is up', async () => {
    const response = await visit('/signin', { headers: { [REACHABILITY_HEADER]: 'up' } })
    // The harness database is up: the proxy's own verdict, not the client's, is forwarded.
    expect(await checkReachability()).toBe('up')
    expect(forwarded(response, REACHABILITY_HEADER)).toBe('up')
    const unknown = await visit('/signin', { method: 'POST', headers: { [REACHABILITY_HEADER]: 'up' } })
    expect(forwarded(unknown, REACHABILITY_HEADER)).toBeNull()
  })
})
