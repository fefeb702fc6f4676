import 'server-only'
import { SESSION_MAX_AGE_SECONDS } from './options'
import { encodeSessionToken } from './session-token'

// next-auth's cookie, written by the app itself: after a password change this session
// gets a cookie of the new session version (every other session has ended).
function isSecure(): boolean {
  return (process.env.NEXTAUTH_URL ?? '').startsWith('https://')
}

export function sessionCookieName(): string {
  return isSecure() ? '__Secure-next-auth.session-token' : 'next-auth.session-token'
}

export async function issueSessionCookie(user: { id: string; email: string; name: string | null }, sessionVersion: number) {
  const secret = process.env.NEXTAUTH_SECRET
  if (!secret) throw new Error('NEXTAUTH_SECRET is not set')
  const value = await encodeSessionToken({ token: { sub: user.id, email: user.email, name: user.name, sv: sessionVersion }, secret, maxAge: SESSION_MAX_AGE_SECONDS })
  return { name: sessionCookieName(), value, httpOnly: true, sameSite: 'lax' as const, path: '/', secure: isSecure(), maxAge: SESSION_MAX_AGE_SECONDS }
}
