import 'server-only'
import { RateLimiterRes } from 'rate-limiter-flexible'
import { signInBlockSeconds } from './budgets'
import { consumeRateLimit, rateLimitedError, rateLimiters, resetRateLimit, storageKey, type RateLimiters } from './limiters'

// Sign-in with a password: the cheap checks that run before the password hash.
// Every attempt spends a point for its account and one for its IP, so even parallel
// guesses are capped (the count is one atomic upsert). Past the account's budget the
// account is blocked, for longer each time in a day (budgets.ts), and a blocked account
// is refused before its password is looked at, right or wrong.

function accountKey(email: string): string {
  return email.trim().toLowerCase()
}

export async function guardSignInAttempt({ email, ip }: { email: string | null; ip: string | null }, limiters: RateLimiters = rateLimiters()): Promise<void> {
  await Promise.all([
    ip ? consumeRateLimit('signInPerIp', ip, limiters) : undefined,
    email ? consumeAccountAttempt(accountKey(email), limiters) : undefined,
  ])
}

async function consumeAccountAttempt(account: string, limiters: RateLimiters): Promise<void> {
  const limiter = limiters.signInPerAccount
  const key = storageKey(account)
  try {
    await limiter.consume(key)
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error
    // Only the attempt that crossed the budget starts a block; later ones see it.
    if (error.consumedPoints !== limiter.points + 1) throw rateLimitedError('signInPerAccount', error.msBeforeNext)
    const blocks = await limiters.signInBlocks.consume(key).catch((result: unknown) => result)
    const blockNumber = blocks instanceof RateLimiterRes ? blocks.consumedPoints : 1
    const seconds = signInBlockSeconds({ blockNumber, windowRemainingSeconds: error.msBeforeNext / 1000 })
    await limiter.block(key, seconds)
    throw rateLimitedError('signInPerAccount', seconds * 1000)
  }
}

// After a successful sign-in: the account's attempts start again from zero. (The
// escalation of blocks is kept for the day, so signing in between guesses resets nothing
// for an attacker.)
export async function clearSignInAttempts(email: string, limiters: RateLimiters = rateLimiters()): Promise<void> {
  await resetRateLimit('signInPerAccount', accountKey(email), limiters)
}
