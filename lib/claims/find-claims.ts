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

// A document page opens with all of its claims; building hundreds of ClaimViews from
// Prisma rows cost more than the rest of the page, and so did having Postgres build
// them as JSON (bench/review). Two prepared statements of plain rows instead, shaped
// here exactly as toClaimView shapes a Prisma row (tests/integration/claims-editing.test.ts).
type ClaimRow = Omit<ClaimView, 'textChange' | 'quantities' | 'derived'> & { derived: DerivedChange[] | null; textChangedAt: string | null; previousQuote: string | null }
const CURRENT_CLAIMS = `c."workspaceId" = $1 AND c."documentId" = $2 AND c."supersededAt" IS NULL`
const selectClaimRows = preparedQuery<ClaimRow>(
  'find_claims',
  `SELECT c.id, c."revisionId", c.start, c."end", c.quote, c.kind, c.status, c.origin, c.checkworthiness::float8 AS checkworthiness,
          c.reasons, c.derived, c."dismissedAt" IS NOT NULL AS "isDismissed", c."orphanedAt" IS NOT NULL AS "isOrphaned",
          ${isoTime('c."textChangedAt"')} AS "textChangedAt", c."previousQuote", c.version
     FROM "Claim" c WHERE ${CURRENT_CLAIMS} ORDER BY c.start, c."end" DESC`,
)
const selectQuantityRows = preparedQuery<QuantityView & { claimId: string }>(
  'find_claims_quantities',
  `SELECT q."claimId", q.id, q.start, q."end", q.text,
          -- as Decimal.toFixed() writes them: no exponent, no trailing zeros
          trim_scale(q.value)::text AS value, trim_scale(q."valueMax")::text AS "valueMax",
          q.unit, q."countedNoun", q.qualifier, q.year, q.period, q.role
     FROM "Quantity" q JOIN "Claim" c ON c.id = q."claimId" WHERE ${CURRENT_CLAIMS} ORDER BY q."claimId", q.position`,
)

// The current claims of a document (not superseded by a merge or split), dismissed
// ones included and flagged, in text order. Two queries, whatever the count.
export async function findClaims({ actor, ...input }: { actor: Actor } & Record<string, unknown>): Promise<ClaimView[]> {
  const { workspaceId, documentId } = parseInput(ZDocumentRef, input)
  await requireWorkspaceAccess(getDb(), actor, workspaceId, 'workspace.read')
  const [rows, quantityRows] = await Promise.all([selectClaimRows([workspaceId, documentId]), selectQuantityRows([workspaceId, documentId])])
  const quantitiesByClaim = new Map<string, QuantityView[]>()
  for (const { claimId, ...quantity } of quantityRows) {
    const list = quantitiesByClaim.get(claimId)
    if (list) list.push(quantity)
    else quantitiesByClaim.set(claimId, [quantity])
  }
  return rows.map(({ textChangedAt, previousQuote, derived, ...claim }) => ({
    ...claim,
    derived: derived ?? [],
    textChange: textChangedAt && previousQuote !== null ? { at: textChangedAt, previousQuote } : null,
    quantities: quantitiesByClaim.get(claim.id) ?? [],
  }))
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
