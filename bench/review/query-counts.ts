// SQL statements per request, counted in process (lib/db/query-counter.ts) by calling
// the services each route calls, on the seeded data. Each request adds the first case.
import { checkDocumentPageAccess, closeDocumentPageGuard } from '@/lib/auth/document-page-guard'
import { loadActor } from '@/lib/auth/load-actor'
import { encodeSessionToken } from '@/lib/auth/session-token'
import { createComment } from '@/lib/comments/create-comment'
import { findComments } from '@/lib/comments/find-comments'
import { getDb } from '@/lib/db/client'
import { countQueries } from '@/lib/db/query-counter'
import { buildDocumentView, findDocumentView } from '@/lib/documents/find-document-view'
import { findDocumentPage } from '@/lib/documents/find-document-page'
import { stopActivityListener, whenListening } from '@/lib/events/activity-listener'
import { findEvidence } from '@/lib/evidence/find-evidence'
import { findClaimReview } from '@/lib/reviews/find-claim-review'
import { rateClaim } from '@/lib/reviews/rate-claim'
import type { Seeded } from './seed'
import { BENCH_SECRET } from './server'

export async function countQueryCases(seeded: Seeded): Promise<Record<string, number>> {
  // As a request sees it: the user with their roles, so membership checks need no query.
  const { id } = await getDb().user.findUniqueOrThrow({ where: { email: seeded.reviewerEmail }, select: { id: true } })
  const actor = (await loadActor(id))!
  const { workspaceId, bigDocumentId: documentId } = seeded
  const claim = seeded.claims[0]!
  const page = { actor, workspaceId, documentId }
  process.env.NEXTAUTH_SECRET = BENCH_SECRET
  const cases: Record<string, () => Promise<unknown>> = {
    'every signed-in request: the user and their roles': () => loadActor(id),
    "document page: the page (the proxy's access check; the page is a static file)": async () => {
      const token = await encodeSessionToken({ token: { sub: id }, secret: BENCH_SECRET })
      if ((await checkDocumentPageAccess({ token, workspaceId, documentId })) !== 'allowed') throw new Error('the access check refused the reviewer')
    },
    "document page: the reader's part (app header, document header and members)": () => findDocumentPage(page),
    'document page: its view (text, 300 claims, comments), once built': () => findDocumentView(page),
    'document page: its view, built after a change': () => buildDocumentView(page),
    'claim panel: review (ratings, aggregate, verification)': () => findClaimReview({ actor, workspaceId, claimId: claim.id }),
    'claim panel: evidence': () => findEvidence({ actor, workspaceId, claimId: claim.id }),
    'claim panel: comments': () => findComments({ actor, workspaceId, documentId: claim.documentId, claimId: claim.id }),
    'add a rating': () => rateClaim({ actor, workspaceId, claimId: claim.id, verdict: 'ACCURATE', confidence: 4, rationale: 'Counted.' }),
    'add a comment': () => createComment({ actor, workspaceId, documentId: claim.documentId, claimId: claim.id, body: 'Counted.' }),
  }
  // The view is kept once this process listens for changes (lib/documents/document-view-cache.ts).
  await whenListening()
  await findDocumentView(page)
  const counts: Record<string, number> = {}
  for (const [name, run] of Object.entries(cases)) counts[name] = (await countQueries(run)).queries
  await stopActivityListener()
  await closeDocumentPageGuard()
  return counts
}
