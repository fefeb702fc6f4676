import 'server-only'
import type { Db } from '@/lib/db/client'
import { toClaimView, type ClaimView, type QuantityView } from '@/lib/claims/find-claims'

interface RevisionClaimsQuery {
  workspaceId: string
  documentId: string
  revisionId: string
  // The document's current claims (findClaims), each with its current anchor.
  current: ClaimView[]
}

// A claim as shown in a past revision was anchored there, whatever became of it since.
// Spread (not written inline) so the flag also fits a ClaimView that lacks it.
const ANCHORED = { isOrphaned: false, textChange: null }

// The claims of an older revision as they stood in it: the anchors kept when an edit
// moved a claim on, with the quantities it showed then, plus the claims an edit lost
// (orphaned), which keep their last good anchor there. In text order.
export async function findPastRevisionClaims(db: Db, { workspaceId, documentId, revisionId, current }: RevisionClaimsQuery): Promise<ClaimView[]> {
  const anchors = await db.claimAnchor.findMany({
    where: { revisionId, claim: { workspaceId, documentId } },
    include: { claim: true },
  })
  const orphaned = current.filter((claim) => claim.revisionId === revisionId)
  const orphanIds = new Set(orphaned.map((claim) => claim.id))
  const kept: ClaimView[] = anchors
    .filter((anchor) => !orphanIds.has(anchor.claimId))
    .map(({ claim, ...anchor }) => ({
      // as the claim stood in this revision: its words, place and figures then
      ...toClaimView(claim, Array.isArray(anchor.quantities) ? (anchor.quantities as unknown as QuantityView[]) : []),
      revisionId,
      start: anchor.start,
      end: anchor.end,
      quote: anchor.quote,
      ...ANCHORED,
    }))
  return [...orphaned.map((claim) => ({ ...claim, ...ANCHORED })), ...kept].sort((a, b) => a.start - b.start || b.end - a.end)
}
