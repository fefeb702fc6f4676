import { requireActor } from '@/lib/auth/session'
import { handleRoute } from '@/lib/http/handle-route'
import { publicBaseUrl } from '@/lib/http/public-url'
import { exportW3cAnnotations } from '@/lib/interchange/export-w3c-annotations'

type Context = { params: Promise<{ workspaceId: string }> }

// ?documentId= : the document's current claims and anchored comments as a W3C
// AnnotationCollection (JSON-LD), as a download.
export const GET = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  const url = new URL(request.url)
  const collection = await exportW3cAnnotations({ documentId: url.searchParams.get('documentId') ?? undefined, ...(await params), baseUrl: publicBaseUrl(), actor })
  return new Response(JSON.stringify(collection, null, 2), {
    headers: { 'content-type': 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8', 'content-disposition': 'attachment; filename="annotations.jsonld"' },
  })
})
