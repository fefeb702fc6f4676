import 'server-only'
import { createHash } from 'node:crypto'
import type pg from 'pg'
import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible'
import { getPool } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import { LIMITERS, budgetOf, rateLimitedMessage, type LimiterName } from './budgets'
import { TimestampRateLimiterPostgres } from './postgres-store'

// The named limiters (budgets in ./budgets.ts), counted in Postgres so that every app
// instance on the same database shares one count.
export type RateLimiters = Record<LimiterName | 'signInBlocks', TimestampRateLimiterPostgres>

// How many times an account was blocked in the last day: the next block doubles.
const SIGN_IN_BLOCKS = { points: 1_000_000, durationSeconds: 24 * 60 * 60 }

function createLimiter(pool: pg.Pool, keyPrefix: string, budget: { points: number; durationSeconds: number }, isJanitor: boolean) {
  return new TimestampRateLimiterPostgres({
    storeClient: pool,
    storeType: 'pool',
    tableName: 'rate_limits',
    tableCreated: true, // by the Prisma migration, with expire as timestamp(3)
    keyPrefix,
    points: budget.points,
    duration: budget.durationSeconds,
    // A key over its budget is refused from memory until its window (or block) ends,
    // without a round trip; the count itself lives only in Postgres.
    inMemoryBlockOnConsumed: budget.points + 1,
    // If Postgres fails, count in this instance rather than fail every request.
    insuranceLimiter: new RateLimiterMemory({ keyPrefix, points: budget.points, duration: budget.durationSeconds }),
    // One limiter per instance deletes expired rows (of every prefix) every 5 minutes.
    clearExpiredByTimeout: isJanitor,
  })
}

// `pool`: each pool stands for one app instance (tests make two). Budgets are read from
// `env` once, here.
export function createRateLimiters(pool: pg.Pool, env: Record<string, string | undefined> = process.env): RateLimiters {
  const names = Object.keys(LIMITERS) as LimiterName[]
  const entries = names.map((name, index) => [name, createLimiter(pool, name, budgetOf(name, env), index === 0)] as const)
  return { ...Object.fromEntries(entries), signInBlocks: createLimiter(pool, 'signInBlocks', SIGN_IN_BLOCKS, false) } as RateLimiters
}

// Kept with the pool it was made for: Next's dev server reloads modules, and tests
// disconnect and reconnect the database between files.
const globalForLimiters = globalThis as unknown as { claimtrackRateLimiters?: { pool: pg.Pool; limiters: RateLimiters } }

export function rateLimiters(): RateLimiters {
  const pool = getPool()
  if (globalForLimiters.claimtrackRateLimiters?.pool !== pool) {
    globalForLimiters.claimtrackRateLimiters = { pool, limiters: createRateLimiters(pool) }
  }
  return globalForLimiters.claimtrackRateLimiters.limiters
}

// Keys are stored hashed: rate_limits then holds no addresses or IPs, and every key
// fits varchar(255) whatever the length of the address.
export function storageKey(key: string): string {
  return createHash('sha256').update(key).digest('base64url')
}

export function rateLimitedError(name: LimiterName, msBeforeNext: number): AppError {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000))
  return new AppError('RATE_LIMITED', rateLimitedMessage(name, seconds), [], { retryAfterSeconds: String(seconds) })
}

// Spends one point of `name` for `key`; over the budget, throws RATE_LIMITED with the
// message and details.retryAfterSeconds (handleRoute answers 429 with Retry-After).
export async function consumeRateLimit(name: LimiterName, key: string, limiters: RateLimiters = rateLimiters()): Promise<RateLimiterRes> {
  try {
    return await limiters[name].consume(storageKey(key))
  } catch (error) {
    if (error instanceof RateLimiterRes) throw rateLimitedError(name, error.msBeforeNext)
    throw error
  }
}

// Forgets a key's count, e.g. an account's sign-in attempts after it signed in.
export async function resetRateLimit(name: LimiterName, key: string, limiters: RateLimiters = rateLimiters()): Promise<void> {
  await (limiters[name] as RateLimiterAbstract).delete(storageKey(key))
}
