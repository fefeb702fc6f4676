import 'server-only'
import { hashLinkToken, isWellFormedLinkToken, mintLinkToken } from '@/lib/auth/link-token'
import type { Tx } from '@/lib/db/client'
import type { EmailTokenPurpose } from '@/lib/db/generated/enums'
import { AppError } from '@/lib/errors'

const HOUR_MS = 60 * 60 * 1000
export const TOKEN_LIFETIME_MS: Record<EmailTokenPurpose, number> = {
  VERIFY_EMAIL: 24 * HOUR_MS,
  RESET_PASSWORD: HOUR_MS,
  CHANGE_EMAIL: 24 * HOUR_MS,
}
export const TOKEN_LIFETIME_WORDS: Record<EmailTokenPurpose, string> = { VERIFY_EMAIL: '24 hours', RESET_PASSWORD: 'one hour', CHANGE_EMAIL: '24 hours' }

// Why a link did not work, for a page that says so and what to do next.
export type LinkProblem = 'invalid' | 'expired' | 'used' | 'other-account'

export class LinkError extends AppError {
  readonly problem: LinkProblem
  constructor(problem: LinkProblem, message: string) {
    super(problem === 'invalid' ? 'NOT_FOUND' : problem === 'other-account' ? 'FORBIDDEN' : 'CONFLICT', message, [], { problem })
    this.problem = problem
  }
}

export const LINK_MESSAGES: Record<LinkProblem, string> = {
  invalid: 'This link is not valid. It may have been mistyped or cut off: ask for a new one.',
  expired: 'This link has expired. Ask for a new one.',
  used: 'This link has already been used. Ask for a new one if you still need it.',
  'other-account': 'This link was sent to another account. Sign out, then open it again.',
}

// A new single-use token for a user; earlier unused ones of the same purpose stop working.
export async function mintEmailToken(tx: Tx, { userId, purpose, email }: { userId: string; purpose: EmailTokenPurpose; email: string }): Promise<string> {
  const { token, tokenHash } = mintLinkToken()
  await tx.emailToken.updateMany({ where: { userId, purpose, usedAt: null }, data: { usedAt: new Date() } })
  await tx.emailToken.create({ data: { userId, purpose, email, tokenHash, expiresAt: new Date(Date.now() + TOKEN_LIFETIME_MS[purpose]) } })
  return token
}

// Marks the token used and returns it, or says precisely why it cannot be used.
// The row is locked, so two clicks on one link cannot both succeed.
export async function consumeEmailToken(tx: Tx, { token, purpose, actorId }: { token: unknown; purpose: EmailTokenPurpose; actorId?: string }) {
  if (!isWellFormedLinkToken(token)) throw new LinkError('invalid', LINK_MESSAGES.invalid)
  const tokenHash = hashLinkToken(token)
  const [row] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "EmailToken" WHERE "tokenHash" = ${tokenHash} FOR UPDATE`
  const found = row ? await tx.emailToken.findUnique({ where: { id: row.id } }) : null
  if (!found || found.purpose !== purpose) throw new LinkError('invalid', LINK_MESSAGES.invalid)
  if (actorId && found.userId !== actorId) throw new LinkError('other-account', LINK_MESSAGES['other-account'])
  if (found.usedAt) throw new LinkError('used', LINK_MESSAGES.used)
  if (found.expiresAt.getTime() <= Date.now()) throw new LinkError('expired', LINK_MESSAGES.expired)
  await tx.emailToken.update({ where: { id: found.id }, data: { usedAt: new Date() } })
  return found
}
