import 'server-only'
import { consumeRateLimit } from './limiters'

// The limits services call before acting. Each throws AppError('RATE_LIMITED', "… Try
// again in N minutes.") with details.retryAfterSeconds; handleRoute answers 429 with
// Retry-After. Call them before any work the limit protects (sending, hashing, parsing),
// and the same way whether or not the address has an account, so a 429 tells nothing
// about who is registered.
//
//   limitSignUp(ip)                        signUpPerIp            10 / hour
//   limitAccountMail({ address, ip })      accountMailPerAddress   3 / hour per address
//                                          accountMailPerIp       20 / hour per IP
//     (verification, password reset, email change; resending counts)
//   limitInvitations({ actorId, workspaceId })
//                                          invitationsPerActor    30 / hour
//                                          invitationsPerWorkspace 100 / day
//     (sending and resending)
//   limitImports(userId)                   importsPerUser         30 / hour
//
// Sign-in (per account with backoff, per IP) is in ./sign-in-attempts.ts, writes per user
// in ./limit-writes.ts, the client IP in ./client-ip.ts; budgets and their environment
// variables in ./budgets.ts.

export async function limitSignUp(ip: string | null): Promise<void> {
  if (ip) await consumeRateLimit('signUpPerIp', ip)
}

export async function limitAccountMail({ address, ip }: { address: string; ip?: string | null }): Promise<void> {
  await Promise.all([consumeRateLimit('accountMailPerAddress', address.trim().toLowerCase()), ip ? consumeRateLimit('accountMailPerIp', ip) : undefined])
}

export async function limitInvitations({ actorId, workspaceId }: { actorId: string; workspaceId: string }): Promise<void> {
  await Promise.all([consumeRateLimit('invitationsPerActor', actorId), consumeRateLimit('invitationsPerWorkspace', workspaceId)])
}

export async function limitImports(userId: string): Promise<void> {
  await consumeRateLimit('importsPerUser', userId)
}
