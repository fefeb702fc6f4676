import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { setClaimDismissed } from '@/lib/claims/dismiss-claim'
import { retypeClaim } from '@/lib/claims/retype-claim'
import { AppError } from '@/lib/errors'
import { handleRoute, readJsonObject } from '@/lib/http/handle-route'

type Context = { params: Promise<{ workspaceId: string; claimId: string }> }

// { kind, version? } re-types a claim; { isDismissed, version? } dismisses or restores it.
export const PATCH = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  const body = await readJsonObject(request)
  const input = { ...body, ...(await params), actor }
  if ('kind' in body) return NextResponse.json({ claim: await retypeClaim(input) })
  if ('isDismissed' in body) return NextResponse.json({ claim: await setClaimDismissed(input) })
  throw new AppError('INVALID_INPUT', 'Send either kind or isDismissed', [{ field: 'kind', message: 'or isDismissed is required' }])
})
