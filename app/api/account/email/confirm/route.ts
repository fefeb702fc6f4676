import { NextResponse } from 'next/server'
import { getActor } from '@/lib/auth/session'
import { handleRoute, readJsonObject } from '@/lib/http/handle-route'
import { confirmEmailChange } from '@/lib/users/change-email'

// {token}: the link mailed to the new address.
export const POST = handleRoute(async (request) => {
  const { token } = await readJsonObject(request)
  return NextResponse.json(await confirmEmailChange({ token, actor: await getActor() }))
})
