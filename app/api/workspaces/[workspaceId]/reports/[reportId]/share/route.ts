import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { handleRoute, readJsonObject } from '@/lib/http/handle-route'
import { createShareLink, revokeShareLink } from '@/lib/reports/share-link'

type Context = { params: Promise<{ workspaceId: string; reportId: string }> }

// { expiresAt?: ISO date or date-time } → 201 { link: { token, path, expiresAt } }; replaces an earlier link.
export const POST = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  // The body is optional: no expiry needs none.
  const body = await readJsonObject(request, undefined, { isOptional: true })
  const link = await createShareLink({ ...body, ...(await params), actor })
  return NextResponse.json({ link: { ...link, path: `/r/${link.token}` } }, { status: 201 })
})

export const DELETE = handleRoute(async (_request, { params }: Context) => {
  const actor = await requireActor()
  return NextResponse.json({ revoked: await revokeShareLink({ ...(await params), actor }) })
})
