import { NextResponse } from 'next/server'
import { handleRoute, readJsonObject } from '@/lib/http/handle-route'
import { requestPasswordReset } from '@/lib/users/reset-password'

// {email}: 202 whether or not the address has an account; the mail says which.
export const POST = handleRoute(async (request) => {
  await requestPasswordReset(await readJsonObject(request))
  return NextResponse.json({ message: 'If this address has an account, a link to reset its password is on its way. Check your inbox.' }, { status: 202 })
})
