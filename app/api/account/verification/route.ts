import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { handleRoute } from '@/lib/http/handle-route'
import { resendVerificationMail } from '@/lib/users/confirm-email-address'

// A new verification link for the signed-in user.
export const POST = handleRoute(async () => {
  await resendVerificationMail({ actor: await requireActor() })
  return NextResponse.json({ message: 'We sent a new link. Check your inbox.' }, { status: 202 })
})
