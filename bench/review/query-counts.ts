// SQL statements per request, counted in process (lib/db/query-counter.ts) by calling
// the services each route calls, on the seeded data. Each request adds the first case.
import { getLatestDocumentActivityId } from '@/lib/activity/find-activity'
import { loadActor } from '@/lib/auth/load-actor'
import { findClaims } from '@/lib/claims/find-claims'
import { createComment } from '@/lib/comments/create-comment'
import { findComments } from '@/lib/comments/find-comments'
import { getDb } from '@/lib/db/client'
import { countQueries } from '@/lib/db/query-counter'
import { getDocumentById } from '@/lib/documents/get-document'
import { findEvidence } from '@/lib/evidence/find-evidence'
import { findMembers } from '@/lib/members/find-members'
import { findClaimReview } from '@/lib/reviews/find-claim-review'
import { rateClaim } from '@/lib/reviews/rate-claim'
import type { Seeded } from './seed'

export async function countQueryCases(seeded: Seeded): Promise<Record<string, number>> {
  // As a request sees it: the user with their roles, so membership checks need no query.
  const { id } = await getDb().user.findUniqueOrThrow({ where: { email: seeded.reviewerEmail }, select: { id: true } })
  const actor = (await loadActor(id))!
  const { workspaceId, bigDocumentId: documentId } = seeded
  const claim = seeded.claims[0]!
  const page = { actor, workspaceId, documentId }
  const cases: Record<string, () => Promise<unknown>> = {
    'every signed-in request: the user and their roles': () => loadActor(id),
    'document page (document, 300 claims, comments, members)': async () => {
      await getLatestDocumentActivityId(page)
      return Promise.all([getDocumentById(page), findClaims(page), findComments(page), findMembers(page)])
    },
    'claim panel: review (ratings, aggregate, verification)': () => findClaimReview({ actor, workspaceId, claimId: claim.id }),
    'claim panel: evidence': () => findEvidence({ actor, workspaceId, claimId: claim.id }),
    'claim panel: comments': () => findComments({ actor, workspaceId, documentId: claim.documentId, claimId: claim.id }),
    'add a rating': () => rateClaim({ actor, workspaceId, claimId: claim.id, verdict: 'ACCURATE', confidence: 4, rationale: 'Counted.' }),
    'add a comment': () => createComment({ actor, workspaceId, documentId: claim.documentId, claimId: claim.id, body: 'Counted.' }),
  }
  const counts: Record<string, number> = {}
  for (const [name, run] of Object.entries(cases)) counts[name] = (await countQueries(run)).queries
  return counts
}
