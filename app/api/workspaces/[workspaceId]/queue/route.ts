import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { handleRoute } from '@/lib/http/handle-route'
import { findQueue } from '@/lib/reviews/find-queue'

type Context = { params: Promise<{ workspaceId: string }> }

// The caller's review queue: claims assigned to them, then claims they have not rated.
export const GET = handleRoute(async (_request, { params }: Context) => {
  const actor = await requireActor()
  return NextResponse.json({ queue: await findQueue({ ...(await params), actor }) })
})
