import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { findDocumentPage } from '@/lib/documents/find-document-page'
import { handleRoute } from '@/lib/http/handle-route'

type Context = { params: Promise<{ workspaceId: string; documentId: string }> }

// The reader's own part of the document page (DocumentPageData): the app header, the
// document's header and members, and what the reader may do.
export const GET = handleRoute(async (_request, { params }: Context) => {
  const actor = await requireActor()
  return NextResponse.json(await findDocumentPage({ ...(await params), actor }), { headers: { 'cache-control': 'private, no-store' } })
})
