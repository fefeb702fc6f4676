import { NextResponse } from 'next/server'
import { issueSessionCookie } from '@/lib/auth/session-cookie'
import { requireActor } from '@/lib/auth/session'
import { handleRoute, readJsonObject } from '@/lib/http/handle-route'
import { changePassword } from '@/lib/users/change-password'

// {currentPassword, newPassword}: every other session ends; this one gets a new cookie.
export const PUT = handleRoute(async (request) => {
  const actor = await requireActor()
  const { sessionVersion } = await changePassword({ ...(await readJsonObject(request)), actor })
  const response = NextResponse.json({ message: 'Your password was changed. Every other session was signed out.' })
  response.cookies.set(await issueSessionCookie(actor, sessionVersion))
  return response
})
