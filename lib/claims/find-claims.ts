import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb } from '@/lib/db/client'
import type { ClaimKind, ClaimOrigin, ClaimStatus, Qualifier } from '@/lib/db/generated/enums'
import type { CheckworthinessReason, DerivedChange, QuantityPeriod } from '@/lib/extract/types'
import { parseInput } from '@/lib/validation'
import { ZDocumentRef } from '@/lib/documents/schemas'

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
  version: number
  quantities: QuantityView[]
}

export interface QuantityView {
  id: string
  start: number
  end: number
  text: string
  value: string
  valueMax: string | null
  unit: string
  countedNoun: string | null
  qualifier: Qualifier | null
  year: number | null
  period: QuantityPeriod | null
  role: string | null
}

// The current claims of a document (not superseded by a merge or split), dismissed
// ones included and flagged, in text order. One query for claims and quantities.
export async function findClaims({ actor, ...input }: { actor: Actor } & Record<string, unknown>): Promise<ClaimView[]> {
  const { workspaceId, documentId } = parseInput(ZDocumentRef, input)
  const db = getDb()
  await requireWorkspaceAccess(db, actor, workspaceId, 'workspace.read')
  const claims = await db.claim.findMany({
    where: { workspaceId, documentId, supersededAt: null },
    include: { quantities: { orderBy: { position: 'asc' } } },
    orderBy: [{ start: 'asc' }, { end: 'desc' }],
  })
  return claims.map((claim) => ({
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
    version: claim.version,
    quantities: claim.quantities.map((quantity) => ({
      id: quantity.id,
      start: quantity.start,
      end: quantity.end,
      text: quantity.text,
      value: quantity.value.toFixed(),
      valueMax: quantity.valueMax?.toFixed() ?? null,
      unit: quantity.unit,
      countedNoun: quantity.countedNoun,
      qualifier: quantity.qualifier,
      year: quantity.year,
      period: quantity.period as QuantityPeriod | null,
      role: quantity.role,
    })),
  }))
}
