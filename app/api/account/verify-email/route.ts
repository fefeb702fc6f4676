import { NextResponse } from 'next/server'
import { getActor } from '@/lib/auth/session'
import { handleRoute, readJsonObject } from '@/lib/http/handle-route'
import { confirmEmailAddress } from '@/lib/users/confirm-email-address'

// {token}: the link from the verification mail (a POST, so a mail scanner that
// fetches the link does not use it up).
export const POST = handleRoute(async (request) => {
  const { token } = await readJsonObject(request)
  const confirmed = await confirmEmailAddress({ token, actor: await getActor() })
  return NextResponse.json(confirmed)
})
