import 'server-only'
import { getServerSession } from 'next-auth'
import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'
import { cache } from 'react'
import { getDb } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import type { Actor } from './actor'
import { authOptions } from './options'

const SESSION_COOKIES = ['next-auth.session-token', '__Secure-next-auth.session-token']

// The signed-in user, or null. The user is re-read from the database so that a
// deleted account's still-valid cookie grants nothing. cache(): a layout and its page
// ask within one request; the session is decoded and the user read once.
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions)
  const userId = session?.user?.id
  if (!userId) return null
  return getDb().user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true } })
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
