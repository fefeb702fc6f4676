import 'server-only'
import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'
import { cache } from 'react'
import { AppError } from '@/lib/errors'
import type { Actor } from './actor'
import { loadActor } from './load-actor'
import { authOptions } from './options'
import { SESSION_COOKIES, decodeSessionToken, sessionVersionOf } from './session-token'

// The signed-in user, or null. The user is re-read from the database (with their
// workspace roles) so that a deleted account's still-valid cookie grants nothing.
// cache(): a layout and its page ask within one request; the session is decoded and
// the user read once.
// The cookie is decoded directly: getServerSession would also re-encrypt a refreshed
// cookie that a server component or route cannot send, on every request.
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await readSession()
  if (!session) return null
  return loadActor(session.userId, { sessionVersion: session.sessionVersion })
})

export async function requireActor(): Promise<Actor> {
  const actor = await getActor()
  if (actor) return actor
  // A session cookie that no longer verifies has expired (or was tampered with).
  const jar = await cookies()
  const hadSession = SESSION_COOKIES.some((name) => jar.has(name))
  throw new AppError('UNAUTHENTICATED', hadSession ? 'Your session has expired. Sign in again.' : 'Sign in to continue.')
}

// For pages: the signed-in user, or a redirect to sign-in that says why and comes back.
export async function requirePageActor(nextPath: string): Promise<Actor> {
  const actor = await getActor()
  if (actor) return actor
  const jar = await cookies()
  const reason = SESSION_COOKIES.some((name) => jar.has(name)) ? 'expired' : 'required'
  redirect(`/signin?reason=${reason}&next=${encodeURIComponent(nextPath)}`)
}

async function readSession(): Promise<{ userId: string; sessionVersion: number } | null> {
  const jar = await cookies()
  const token = SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean)
  if (!token || !authOptions.secret) return null
  // A cookie that does not decrypt or has expired is no session.
  const payload = await decodeSessionToken({ token, secret: authOptions.secret }).catch(() => null)
  return typeof payload?.sub === 'string' ? { userId: payload.sub, sessionVersion: sessionVersionOf(payload) } : null
}
