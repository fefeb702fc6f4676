import { requireActor } from '@/lib/auth/session'
import { handleRoute } from '@/lib/http/handle-route'
import { exportClaimReviews } from '@/lib/interchange/export-claim-reviews'

type Context = { params: Promise<{ workspaceId: string }> }

// ?documentIds=a,b[&reportUrl=https://…] : a JSON-LD array of schema.org ClaimReview,
// one per verified claim of those documents; reportUrl (where the report is published)
// gives each review its url, which Google requires.
export const GET = handleRoute(async (request, { params }: Context) => {
  const actor = await requireActor()
  const query = new URL(request.url).searchParams
  const documentIds = query.getAll('documentIds').flatMap((value) => value.split(',')).map((id) => id.trim()).filter(Boolean)
  const reviews = await exportClaimReviews({ documentIds, reportUrl: query.get('reportUrl') ?? undefined, ...(await params), actor })
  return new Response(JSON.stringify(reviews, null, 2), {
    headers: { 'content-type': 'application/ld+json; charset=utf-8', 'content-disposition': 'attachment; filename="claimreview.jsonld"', 'cache-control': 'private, no-store' },
  })
})
