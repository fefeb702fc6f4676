import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb } from '@/lib/db/client'
import { isoTime, preparedQuery } from '@/lib/db/prepared-query'
import type { Claim } from '@/lib/db/generated/client'
import type { ClaimKind, ClaimOrigin, ClaimStatus } from '@/lib/db/generated/enums'
import type { CheckworthinessReason, DerivedChange } from '@/lib/extract/types'
import { parseInput } from '@/lib/validation'
import { ZDocumentRef } from '@/lib/documents/schemas'
import type { QuantityView } from './quantity-view'

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

// The page's claims as one JSON value from one prepared statement: a document page
// opens with all of them, and building hundreds of ClaimViews from Prisma rows cost
// more than the rest of the page (bench/review). Shaped exactly as toClaimView shapes
// a row, which tests/integration/claims-editing.test.ts holds it to.
const selectClaims = preparedQuery<{ claims: ClaimView[] }>(
  'find_claims',
  `SELECT coalesce(json_agg(json_build_object(
      'id', c.id, 'revisionId', c."revisionId", 'start', c.start, 'end', c."end", 'quote', c.quote, 'kind', c.kind,
      'status', c.status, 'origin', c.origin, 'checkworthiness', c.checkworthiness, 'reasons', c.reasons,
      'derived', coalesce(c.derived, '[]'), 'isDismissed', c."dismissedAt" IS NOT NULL, 'isOrphaned', c."orphanedAt" IS NOT NULL,
      'textChange', CASE WHEN c."textChangedAt" IS NOT NULL AND c."previousQuote" IS NOT NULL
        THEN json_build_object('at', ${isoTime('c."textChangedAt"')}, 'previousQuote', c."previousQuote") END,
      'version', c.version,
      'quantities', (SELECT coalesce(json_agg(json_build_object(
          'id', q.id, 'start', q.start, 'end', q."end", 'text', q.text,
          -- as Decimal.toFixed() writes them: no exponent, no trailing zeros
          'value', trim_scale(q.value)::text, 'valueMax', trim_scale(q."valueMax")::text, 'unit', q.unit,
          'countedNoun', q."countedNoun", 'qualifier', q.qualifier, 'year', q.year, 'period', q.period, 'role', q.role)
        ORDER BY q.position), '[]') FROM "Quantity" q WHERE q."claimId" = c.id))
    ORDER BY c.start, c."end" DESC), '[]') AS claims
   FROM "Claim" c WHERE c."workspaceId" = $1 AND c."documentId" = $2 AND c."supersededAt" IS NULL`,
)

// The current claims of a document (not superseded by a merge or split), dismissed
// ones included and flagged, in text order. One statement, whatever the count.
export async function findClaims({ actor, ...input }: { actor: Actor } & Record<string, unknown>): Promise<ClaimView[]> {
  const { workspaceId, documentId } = parseInput(ZDocumentRef, input)
  await requireWorkspaceAccess(getDb(), actor, workspaceId, 'workspace.read')
  const [{ claims }] = (await selectClaims([workspaceId, documentId])) as [{ claims: ClaimView[] }]
  return claims
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
