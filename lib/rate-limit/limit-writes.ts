import 'server-only'
import { SESSION_COOKIES, decodeSessionToken } from '@/lib/auth/session-token'
import { consumeRateLimit } from './limiters'

// Writes per user, for every mutating API route under /api/workspaces, from one place
// (handleRoute). The user is read from the session cookie without the database, as
// lib/auth/session.ts does; a request without a valid session is left to the route,
// which answers 401. Reads, and so the live (SSE) stream, never count.
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])
const LIMITED_PATH = '/api/workspaces'

export function isLimitedWrite(request: Request): boolean {
  if (!WRITE_METHODS.has(request.method)) return false
  const { pathname } = new URL(request.url)
  return pathname === LIMITED_PATH || pathname.startsWith(`${LIMITED_PATH}/`)
}

export async function limitWrites(request: Request): Promise<void> {
  if (!isLimitedWrite(request)) return
  const userId = await sessionUserId(request.headers.get('cookie'))
  if (userId) await consumeRateLimit('writesPerUser', userId)
}

async function sessionUserId(cookieHeader: string | null): Promise<string | null> {
  const secret = process.env.NEXTAUTH_SECRET
  if (!cookieHeader || !secret) return null
  const cookies = new Map(cookieHeader.split(';').map((pair) => {
    const at = pair.indexOf('=')
    return [pair.slice(0, at).trim(), pair.slice(at + 1).trim()] as const
  }))
  const token = SESSION_COOKIES.map((name) => cookies.get(name)).find(Boolean)
  if (!token) return null
  const payload = await decodeSessionToken({ token, secret }).catch(() => null)
  return typeof payload?.sub === 'string' ? payload.sub : null
}
