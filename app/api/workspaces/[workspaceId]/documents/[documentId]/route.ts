import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { getDocumentById } from '@/lib/documents/get-document'
import { handleRoute } from '@/lib/http/handle-route'

type Context = { params: Promise<{ workspaceId: string; documentId: string }> }

export const GET = handleRoute(async (_request, { params }: Context) => {
  const actor = await requireActor()
  return NextResponse.json({ document: await getDocumentById({ ...(await params), actor }) })
})
