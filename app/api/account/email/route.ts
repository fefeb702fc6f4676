import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { handleRoute, readJsonObject } from '@/lib/http/handle-route'
import { requestEmailChange } from '@/lib/users/change-email'

// {email, currentPassword}: a confirmation link goes to the new address.
export const POST = handleRoute(async (request) => {
  const actor = await requireActor()
  await requestEmailChange({ ...(await readJsonObject(request)), actor })
  return NextResponse.json({ message: 'We sent a link to the new address. Your account moves there once you open it.' }, { status: 202 })
})
