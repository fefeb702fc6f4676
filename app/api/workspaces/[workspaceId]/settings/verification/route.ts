import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { handleRoute, readJsonObject } from '@/lib/http/handle-route'
import { getVerificationSettings, updateVerificationSettings } from '@/lib/reviews/verification-settings'

type Context = { params: Promise<{ workspaceId: string }> }

export const GET = handleRoute(async (_request, { params }: Context) => {
  const actor = await requireActor()
  return NextResponse.json({ settings: await getVerificationSettings({ ...(await params), actor }) })
})

// { verifyMinRatings: 1–20, verifyMinAgreement: 0.5–1, verifyRequiresStrongEvidence } (owners).
export const PUT = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  return NextResponse.json({ settings: await updateVerificationSettings({ ...(await readJsonObject(request)), ...(await params), actor }) })
})

// The browser's API client speaks PATCH; all three fields are still required.
export const PATCH = PUT
