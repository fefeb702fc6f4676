import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { createDocument } from '@/lib/documents/create-document'
import { findDocuments } from '@/lib/documents/find-documents'
import { handleRoute, readJsonObject } from '@/lib/http/handle-route'
import { MAX_DOCUMENT_BYTES } from '@/lib/text/canonical-text'

type Context = { params: Promise<{ workspaceId: string }> }

// Room for the JSON envelope and escaping around a 5 MB text; the text itself is
// checked against 5 MB by the service.
const MAX_REQUEST_BYTES = MAX_DOCUMENT_BYTES * 2

export const GET = handleRoute(async (_request, { params }: Context) => {
  const actor = await requireActor()
  const { workspaceId } = await params
  return NextResponse.json({ documents: await findDocuments({ actor, workspaceId }) })
})

export const POST = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  const { workspaceId } = await params
  const document = await createDocument({ ...(await readJsonObject(request, MAX_REQUEST_BYTES)), workspaceId, actor })
  return NextResponse.json({ document: { id: document.id, title: document.title, contentHash: document.contentHash } }, { status: 201 })
})
