import 'server-only'
import pg from 'pg'
import { parseDatabaseUrl } from './database-url'
import { countQueriesOn } from './query-counter'
import { isDatabaseUnavailableError } from './unavailable'

// Whether Postgres can be reached, asked by proxy.ts before every page view so that a
// page answers 503 while it cannot. 'unknown' (a slow or odd answer) is never treated
// as an outage: the page renders and decides for itself, as components/ui/live-data.tsx does.
export type Reachability = 'up' | 'down' | 'unknown'

// How long a verdict holds: one probe a second per process at most, whatever the traffic,
// and a page recovers within a second of Postgres coming back.
const VERDICT_MS = 1_000
// A probe slower than this says nothing: a busy database is not a down one.
const PROBE_TIMEOUT_MS = 2_000

// The proxy forwards its verdict to the render in this request header (it always sets
// or removes it, so a client cannot), sparing the page a probe of its own.
export const REACHABILITY_HEADER = 'x-claimtrack-database'

interface ProbeState {
  verdict: Reachability
  at: number
  inFlight?: Promise<Reachability>
  pool?: pg.Pool
  connectionString?: string
}

// Kept across the dev server's module reloads, like the other pools.
const globalForProbe = globalThis as unknown as { claimtrackReachability?: ProbeState }

export async function checkReachability(): Promise<Reachability> {
  const state = (globalForProbe.claimtrackReachability ??= { verdict: 'unknown', at: 0 })
  const pool = poolFor(state)
  if (Date.now() - state.at < VERDICT_MS) return state.verdict
  // Concurrent page views share one probe.
  state.inFlight ??= probe(pool).then((verdict) => {
    Object.assign(state, { verdict, at: Date.now(), inFlight: undefined })
    return verdict
  })
  return state.inFlight
}

// The latest verdict, without probing (for an error answer, which must not wait).
export function lastReachability(): Reachability {
  return globalForProbe.claimtrackReachability?.verdict ?? 'unknown'
}

async function probe(pool: pg.Pool): Promise<Reachability> {
  try {
    await pool.query('SELECT 1')
    return 'up'
  } catch (error) {
    return verdictOnFailure(error)
  }
}

// 'down' only when the server is certainly not there (refused, reset, shutting down,
// no such host). A timeout, a full server or a refused login is something else.
export function verdictOnFailure(error: unknown): Reachability {
  if (isTimeout(error)) return 'unknown'
  return isDatabaseUnavailableError(error) ? 'down' : 'unknown'
}

function isTimeout(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown }
  return code === 'ETIMEDOUT' || (typeof message === 'string' && /timeout|timed out/i.test(message))
}

// Its own single connection: a probe must not wait behind the app's busy pool, or a
// loaded database would look like a missing one.
function poolFor(state: ProbeState): pg.Pool {
  const databaseUrl = process.env.DATABASE_URL
  if (!databaseUrl) throw new Error('DATABASE_URL is not set')
  const { connectionString } = parseDatabaseUrl(databaseUrl)
  if (state.pool && state.connectionString === connectionString) return state.pool
  void state.pool?.end().catch(() => {})
  const pool = new pg.Pool({ connectionString, max: 1, connectionTimeoutMillis: PROBE_TIMEOUT_MS, query_timeout: PROBE_TIMEOUT_MS })
  // Postgres ending the idle connection (a restart) must not take the process down.
  pool.on('error', () => {})
  pool.on('connect', countQueriesOn)
  Object.assign(state, { pool, connectionString, verdict: 'unknown', at: 0, inFlight: undefined })
  return pool
}

// For tests and shutdown.
export async function closeReachabilityProbe(): Promise<void> {
  await globalForProbe.claimtrackReachability?.pool?.end()
  globalForProbe.claimtrackReachability = undefined
}
