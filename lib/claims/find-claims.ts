import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb } from '@/lib/db/client'
import type { Claim } from '@/lib/db/generated/client'
import type { ClaimKind, ClaimOrigin, ClaimStatus } from '@/lib/db/generated/enums'
import type { CheckworthinessReason, DerivedChange } from '@/lib/extract/types'
import { parseInput } from '@/lib/validation'
import { ZDocumentRef } from '@/lib/documents/schemas'
import { toQuantityView, type QuantityView } from './quantity-view'

// What the document page and the API show of a claim. Decimals travel as strings.
export interface ClaimView {
  id: string
  revisionId: string
  start: number
  end: number
  quote: string
  kind: ClaimKind
  status: ClaimStatus
  origin: ClaimOrigin
  checkworthiness: number
  reasons: CheckworthinessReason[]
  derived: DerivedChange[]
  isDismissed: boolean
  // Its words were lost in an edit: it keeps its last good quote, in an older revision.
  isOrphaned: boolean
  // Its words changed materially in an edit since it was reviewed.
  textChange: { at: string; previousQuote: string } | null
  version: number
  quantities: QuantityView[]
}

export type { QuantityView } from './quantity-view'

// The current claims of a document (not superseded by a merge or split), dismissed
// ones included and flagged, in text order. Two queries, whatever the count.
export async function findClaims({ actor, ...input }: { actor: Actor } & Record<string, unknown>): Promise<ClaimView[]> {
  const { workspaceId, documentId } = parseInput(ZDocumentRef, input)
  const db = getDb()
  await requireWorkspaceAccess(db, actor, workspaceId, 'workspace.read')
  const claims = await db.claim.findMany({
    where: { workspaceId, documentId, supersededAt: null },
    include: { quantities: { orderBy: { position: 'asc' } } },
    orderBy: [{ start: 'asc' }, { end: 'desc' }],
    // Two plain queries beat one JSON-aggregating join for hundreds of claims (measured:
    // 10.5 ms against 16.6 ms for 300 claims with 600 quantities).
    relationLoadStrategy: 'query',
  })
  return claims.map((claim) => toClaimView(claim, claim.quantities.map(toQuantityView)))
}

// A claim row as pages show it, with its quantities already shaped.
export function toClaimView(claim: Claim, quantities: QuantityView[]): ClaimView {
  return {
    id: claim.id,
    revisionId: claim.revisionId,
    start: claim.start,
    end: claim.end,
    quote: claim.quote,
    kind: claim.kind,
    status: claim.status,
    origin: claim.origin,
    checkworthiness: Number(claim.checkworthiness),
    reasons: claim.reasons as unknown as CheckworthinessReason[],
    derived: (claim.derived ?? []) as unknown as DerivedChange[],
    isDismissed: claim.dismissedAt !== null,
    isOrphaned: claim.orphanedAt !== null,
    textChange: claim.textChangedAt && claim.previousQuote !== null ? { at: claim.textChangedAt.toISOString(), previousQuote: claim.previousQuote } : null,
    version: claim.version,
    quantities,
  }
}
