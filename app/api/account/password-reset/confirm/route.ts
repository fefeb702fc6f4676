import { NextResponse } from 'next/server'
import { handleRoute, readJsonObject } from '@/lib/http/handle-route'
import { resetPassword } from '@/lib/users/reset-password'

// {token, password}: sets the new password; every session ends, so the user signs in again.
export const POST = handleRoute(async (request) => {
  const { email } = await resetPassword(await readJsonObject(request))
  return NextResponse.json({ email })
})
