import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { handleRoute } from '@/lib/http/handle-route'
import { searchWorkspace } from '@/lib/search/search-workspace'
import { searchParamsInput } from '@/lib/search/search-params'

type Context = { params: Promise<{ workspaceId: string }> }

// ?q=&type=&documentId=&status=&verdict=&assigneeId=&authorId=&from=&to=&cursor=&limit=
export const GET = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  const input = searchParamsInput(new URL(request.url).searchParams)
  return NextResponse.json(await searchWorkspace({ ...input, ...(await params), actor }))
})
