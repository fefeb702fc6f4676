import { NextResponse } from 'next/server'
import { handleRoute, readJsonObject } from '@/lib/http/handle-route'
import { signUp } from '@/lib/users/sign-up'

export const POST = handleRoute(async (request) => {
  const user = await signUp(await readJsonObject(request))
  return NextResponse.json({ user }, { status: 201 })
})
