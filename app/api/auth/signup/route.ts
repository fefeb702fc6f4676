import { NextResponse } from 'next/server'
import { handleRoute, readJsonObject } from '@/lib/http/handle-route'
import { limitSignUp } from '@/lib/rate-limit/account-limits'
import { clientIp } from '@/lib/rate-limit/client-ip'
import { signUp } from '@/lib/users/sign-up'

// 202 whether or not the address already had an account: the mail tells which.
// Counted per IP before anything else, whether or not the address is known.
export const POST = handleRoute(async (request) => {
  await limitSignUp(clientIp(request.headers))
  await signUp(await readJsonObject(request))
  return NextResponse.json({ message: 'Check your inbox: we sent a mail to finish signing up.' }, { status: 202 })
})
