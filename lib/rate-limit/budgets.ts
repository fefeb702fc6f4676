// The named budgets and how operators change them. Pure (no I/O), so it is unit-tested.
//
// Every budget is "points per window": `RATE_LIMIT_<NAME>=<points>/<seconds>` overrides it,
// e.g. RATE_LIMIT_SIGN_IN_PER_IP=200/900. The sign-in block after too many failures for one
// account doubles with each block in a day: RATE_LIMIT_SIGN_IN_BLOCK_SECONDS (the first,
// and at least the rest of the window) and RATE_LIMIT_SIGN_IN_MAX_BLOCK_SECONDS (the cap).
// docs/rate-limits-section.md is the operator's version of this table.

export interface Budget {
  points: number
  durationSeconds: number
}

export interface LimiterSpec extends Budget {
  env: string
  // Said to the person who hit the limit, before "Try again in …".
  message: string
}

export const LIMITERS = {
  // Attempts for one address (right or wrong; a successful sign-in clears it), then a block.
  signInPerAccount: { env: 'RATE_LIMIT_SIGN_IN_PER_ACCOUNT', points: 5, durationSeconds: 15 * 60, message: 'Too many sign-in attempts for this account.' },
  // Attempts from one IP across all addresses: a newsroom behind one NAT signs in from one IP.
  signInPerIp: { env: 'RATE_LIMIT_SIGN_IN_PER_IP', points: 50, durationSeconds: 15 * 60, message: 'Too many sign-in attempts from your network.' },
  signUpPerIp: { env: 'RATE_LIMIT_SIGN_UP_PER_IP', points: 10, durationSeconds: 60 * 60, message: 'Too many sign-ups from your network.' },
  // Verification, password-reset and email-change mails to one address.
  accountMailPerAddress: { env: 'RATE_LIMIT_ACCOUNT_MAIL_PER_ADDRESS', points: 3, durationSeconds: 60 * 60, message: 'Too many mails were asked for this address.' },
  accountMailPerIp: { env: 'RATE_LIMIT_ACCOUNT_MAIL_PER_IP', points: 20, durationSeconds: 60 * 60, message: 'Too many mails were asked from your network.' },
  // Invitations sent or resent.
  invitationsPerActor: { env: 'RATE_LIMIT_INVITATIONS_PER_ACTOR', points: 30, durationSeconds: 60 * 60, message: 'You have sent too many invitations.' },
  invitationsPerWorkspace: { env: 'RATE_LIMIT_INVITATIONS_PER_WORKSPACE', points: 100, durationSeconds: 24 * 60 * 60, message: 'This workspace has sent too many invitations today.' },
  importsPerUser: { env: 'RATE_LIMIT_IMPORTS_PER_USER', points: 30, durationSeconds: 60 * 60, message: 'You have imported too many documents.' },
  // Every POST/PUT/PATCH/DELETE under /api/workspaces (lib/rate-limit/limit-writes.ts).
  writesPerUser: { env: 'RATE_LIMIT_WRITES_PER_USER', points: 120, durationSeconds: 60, message: 'Too many changes in a short time.' },
} satisfies Record<string, LimiterSpec>

export type LimiterName = keyof typeof LIMITERS

export const SIGN_IN_BLOCK = { baseEnv: 'RATE_LIMIT_SIGN_IN_BLOCK_SECONDS', maxEnv: 'RATE_LIMIT_SIGN_IN_MAX_BLOCK_SECONDS', baseSeconds: 15 * 60, maxSeconds: 60 * 60 }

const BUDGET = /^\s*(\d+)\s*\/\s*(\d+)\s*$/

// "points/seconds" from the environment, or the default. A malformed value stops the
// server at the first request rather than silently running without the limit meant.
export function parseBudget(value: string | undefined, fallback: Budget, name = 'budget'): Budget {
  if (value === undefined || value.trim() === '') return fallback
  const match = BUDGET.exec(value)
  const points = Number(match?.[1])
  const durationSeconds = Number(match?.[2])
  if (!match || points < 1 || durationSeconds < 1) throw new Error(`${name} must look like <points>/<seconds> with both at least 1, got "${value}"`)
  return { points, durationSeconds }
}

export function parseSeconds(value: string | undefined, fallback: number, name = 'seconds'): number {
  if (value === undefined || value.trim() === '') return fallback
  const seconds = Number(value)
  if (!Number.isInteger(seconds) || seconds < 1) throw new Error(`${name} must be a whole number of seconds, at least 1, got "${value}"`)
  return seconds
}

export function budgetOf(name: LimiterName, env: Record<string, string | undefined> = process.env): Budget {
  const { env: variable, points, durationSeconds } = LIMITERS[name]
  return parseBudget(env[variable], { points, durationSeconds }, variable)
}

// The n-th block of an account in a day lasts base·2^(n-1), capped; never shorter than the
// rest of the counting window, or the count would outlive the block and re-block at once.
export function signInBlockSeconds({ blockNumber, windowRemainingSeconds, env = process.env }: { blockNumber: number; windowRemainingSeconds: number; env?: Record<string, string | undefined> }): number {
  const base = parseSeconds(env[SIGN_IN_BLOCK.baseEnv], SIGN_IN_BLOCK.baseSeconds, SIGN_IN_BLOCK.baseEnv)
  const max = Math.max(base, parseSeconds(env[SIGN_IN_BLOCK.maxEnv], SIGN_IN_BLOCK.maxSeconds, SIGN_IN_BLOCK.maxEnv))
  const backoff = Math.min(max, base * 2 ** Math.max(0, Math.min(blockNumber - 1, 30)))
  return Math.max(backoff, Math.ceil(windowRemainingSeconds))
}

// "4 minutes", rounded up so that trying again when told to works.
export function describeWait(seconds: number): string {
  const wait = Math.max(1, Math.ceil(seconds))
  if (wait < 60) return plural(wait, 'second')
  if (wait < 60 * 60) return plural(Math.ceil(wait / 60), 'minute')
  return plural(Math.ceil(wait / 3600), 'hour')
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`
}

export function rateLimitedMessage(name: LimiterName, retryAfterSeconds: number): string {
  return `${LIMITERS[name].message} Try again in ${describeWait(retryAfterSeconds)}.`
}
