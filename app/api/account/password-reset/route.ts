import { NextResponse } from 'next/server'
import { handleRoute, readJsonObject } from '@/lib/http/handle-route'
import { limitAccountMail } from '@/lib/rate-limit/account-limits'
import { clientIp } from '@/lib/rate-limit/client-ip'
import { requestPasswordReset } from '@/lib/users/reset-password'

// {email}: 202 whether or not the address has an account; the mail says which.
export const POST = handleRoute(async (request) => {
  const body = await readJsonObject(request)
  // Counted whether or not the address has an account, so a 429 tells nothing.
  if (typeof body.email === 'string') await limitAccountMail({ address: body.email.trim().toLowerCase(), ip: clientIp(request.headers) })
  await requestPasswordReset(body)
  return NextResponse.json({ message: 'If this address has an account, a link to reset its password is on its way. Check your inbox.' }, { status: 202 })
})
