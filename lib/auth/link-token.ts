import { createHash, randomBytes } from 'node:crypto'

// The secret in a mailed link (verification, reset, email change, invitation). Only its
// SHA-256 is stored: 32 random bytes need no slow hash, and a leaked table yields no link.
export function mintLinkToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url')
  return { token, tokenHash: hashLinkToken(token) }
}

export function hashLinkToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

// A token as it arrives in a URL or a form: the shape check keeps junk out of the query.
export function isWellFormedLinkToken(token: unknown): token is string {
  return typeof token === 'string' && /^[A-Za-z0-9_-]{43}$/.test(token)
}
