import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { handleRoute, readJsonObject } from '@/lib/http/handle-route'
import { limitAccountMail } from '@/lib/rate-limit/account-limits'
import { clientIp } from '@/lib/rate-limit/client-ip'
import { requestEmailChange } from '@/lib/users/change-email'

// {email, currentPassword}: a confirmation link goes to the new address.
export const POST = handleRoute(async (request) => {
  const actor = await requireActor()
  const body = await readJsonObject(request)
  if (typeof body.email === 'string') await limitAccountMail({ address: body.email.trim().toLowerCase(), ip: clientIp(request.headers) })
  await requestEmailChange({ ...body, actor })
  return NextResponse.json({ message: 'We sent a link to the new address. Your account moves there once you open it.' }, { status: 202 })
})
