import { NextResponse } from 'next/server'
import { requireActor } from '@/lib/auth/session'
import { handleRoute, readJsonObject } from '@/lib/http/handle-route'
import { importW3cAnnotations } from '@/lib/interchange/import-w3c-annotations'
import { MAX_W3C_BYTES } from '@/lib/interchange/w3c-schema'

type Context = { params: Promise<{ workspaceId: string; documentId: string }> }

// Body: a W3C AnnotationCollection (up to 5 MB), placed on the document's current
// revision. 200 { revisionNumber, results: [{ id, status, start?, end?, claimId?, commentId?, reason? }] }.
export const POST = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  const collection = await readJsonObject(request, MAX_W3C_BYTES)
  return NextResponse.json(await importW3cAnnotations({ ...(await params), collection, actor }))
})
