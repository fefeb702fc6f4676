import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { handleRoute } from '@/lib/http/handle-route'
import { limitAccountMail } from '@/lib/rate-limit/account-limits'
import { clientIp } from '@/lib/rate-limit/client-ip'
import { resendVerificationMail } from '@/lib/users/confirm-email-address'

// A new verification link for the signed-in user.
export const POST = handleRoute(async (request) => {
  const actor = await requireActor()
  await limitAccountMail({ address: actor.email, ip: clientIp(request.headers) })
  await resendVerificationMail({ actor })
  return NextResponse.json({ message: 'We sent a new link. Check your inbox.' }, { status: 202 })
})
