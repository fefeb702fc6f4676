import { randomUUID } from 'node:crypto'
import { textQuoteSelector } from '@/lib/anchor/selectors'
import type { Prisma } from '@/lib/db/generated/client'
import type { ExtractedClaim } from '@/lib/extract/types'

interface RevisionRef {
  workspaceId: string
  documentId: string
  revisionId: string
  text: string
}

// Rows for Claim and Quantity from the engine's output. Ids are made here so that
// both tables can be written with one createMany each.
export function toClaimRows(revision: RevisionRef, claims: ExtractedClaim[], extra: { origin?: 'EXTRACTED' | 'MANUAL' | 'MERGED' | 'SPLIT'; createdById?: string } = {}) {
  const claimRows: Prisma.ClaimCreateManyInput[] = []
  const quantityRows: Prisma.QuantityCreateManyInput[] = []
  for (const claim of claims) {
    const id = randomUUID()
    const { exact, prefix, suffix } = textQuoteSelector(revision.text, claim.start, claim.end)
    claimRows.push({
      id,
      workspaceId: revision.workspaceId,
      documentId: revision.documentId,
      revisionId: revision.revisionId,
      start: claim.start,
      end: claim.end,
      quote: exact,
      prefix,
      suffix,
      kind: claim.kind,
      checkworthiness: claim.checkworthiness.toFixed(3),
      reasons: claim.reasons.map(({ code, weight }) => ({ code, weight })),
      derived: claim.changes.length ? (claim.changes.map((change) => ({ ...change })) as Prisma.InputJsonValue) : undefined,
      origin: extra.origin ?? 'EXTRACTED',
      createdById: extra.createdById ?? null,
    })
    quantityRows.push(...toQuantityRows(id, claim.quantities))
  }
  return { claimRows, quantityRows }
}

export function toQuantityRows(claimId: string, quantities: ExtractedClaim['quantities']): Prisma.QuantityCreateManyInput[] {
  return quantities.map((quantity, position) => ({
    claimId,
    position,
    start: quantity.start,
    end: quantity.end,
    text: quantity.text,
    value: quantity.value,
    valueMax: quantity.valueMax ?? null,
    unit: quantity.unit,
    countedNoun: quantity.countedNoun ?? null,
    scale: quantity.scale ?? null,
    qualifier: quantity.qualifier ?? null,
    year: quantity.year ?? null,
    period: quantity.period ? (quantity.period as Prisma.InputJsonValue) : undefined,
    role: quantity.role ?? null,
  }))
}
