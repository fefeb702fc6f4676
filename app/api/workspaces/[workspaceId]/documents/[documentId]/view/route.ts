import { requireActor } from '@/lib/auth/session'
import { findDocumentView } from '@/lib/documents/find-document-view'
import { handleRoute } from '@/lib/http/handle-route'

type Context = { params: Promise<{ workspaceId: string; documentId: string }> }

// The document page's text, claims and comments (DocumentView) as one JSON body.
// `?v=` the newest activity id the page has seen: the answer is at least that new.
// The browser may keep it, but asks each time (ETag), since a change has no fixed time.
export const GET = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  const minVersion = new URL(request.url).searchParams.get('v') ?? undefined
  const view = await findDocumentView({ ...(await params), minVersion, actor })
  const headers = { etag: view.etag, 'cache-control': 'private, no-cache' }
  if (request.headers.get('if-none-match') === view.etag) return new Response(null, { status: 304, headers })
  return new Response(view.body, { headers: { ...headers, 'content-type': 'application/json' } })
})
