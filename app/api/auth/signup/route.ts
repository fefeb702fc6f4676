import { NextResponse } from 'next/server'
import { handleRoute, readJsonObject } from '@/lib/http/handle-route'
import { signUp } from '@/lib/users/sign-up'

// 202 whether or not the address already had an account: the mail tells which.
export const POST = handleRoute(async (request) => {
  await signUp(await readJsonObject(request))
  return NextResponse.json({ message: 'Check your inbox: we sent a mail to finish signing up.' }, { status: 202 })
})
