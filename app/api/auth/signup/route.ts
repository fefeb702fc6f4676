import { NextResponse } from 'next/server'
import { handleRoute, readJsonObject } from '@/lib/http/handle-route'
import { limitAccountMail, limitSignUp } from '@/lib/rate-limit/account-limits'
import { clientIp } from '@/lib/rate-limit/client-ip'
import { signUp } from '@/lib/users/sign-up'

// 202 whether or not the address already had an account: the mail tells which.
// Counted per IP before anything else, whether or not the address is known.
export const POST = handleRoute(async (request) => {
  await limitSignUp(clientIp(request.headers))
  const body = await readJsonObject(request)
  // Either answer sends a mail to the address: counted per address too.
  if (typeof body.email === 'string') await limitAccountMail({ address: body.email.trim().toLowerCase(), ip: clientIp(request.headers) })
  await signUp(body)
  return NextResponse.json({ message: 'Check your inbox: we sent a mail to finish signing up.' }, { status: 202 })
})
