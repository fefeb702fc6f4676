import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { SESSION_COOKIES } from '@/lib/auth/session-token'
import { handleRoute } from '@/lib/http/handle-route'
import { signOutEverywhere } from '@/lib/users/change-password'

// Every session of the user ends, this one included.
export const POST = handleRoute(async () => {
  await signOutEverywhere({ actor: await requireActor() })
  const response = new NextResponse(null, { status: 204 })
  for (const name of SESSION_COOKIES) response.cookies.delete(name)
  return response
})
