import 'server-only'
import { randomUUID } from 'node:crypto'
import type { Tx } from '@/lib/db/client'
import type { Prisma } from '@/lib/db/generated/client'
import { extractQuantities } from '@/lib/extract'
import { toCanonicalText } from '@/lib/text/canonical-text'
import { contentHash } from '@/lib/text/content-hash'

// A library of checked claims written straight into a workspace, each as a one-claim
// document with a final verdict and its normalized quantities, exactly as a reviewed
// claim is stored. For `claimtrack match` and the benchmarks, which evaluate the
// matcher on claims checked elsewhere; never for members' data.
export interface CheckedClaimLine {
  id: string
  text: string
  title?: string
}

export async function loadCheckedClaims(tx: Tx, { workspaceId, userId, claims }: { workspaceId: string; userId: string; claims: readonly CheckedClaimLine[] }): Promise<Map<string, string>> {
  const claimIds = new Map<string, string>()
  const documents: Prisma.DocumentCreateManyInput[] = []
  const revisions: Prisma.DocumentRevisionCreateManyInput[] = []
  const rows: Prisma.ClaimCreateManyInput[] = []
  const quantities: Prisma.QuantityCreateManyInput[] = []
  for (const line of claims) {
    const text = toCanonicalText(line.text)
    const [documentId, revisionId, claimId] = [randomUUID(), randomUUID(), randomUUID()]
    const found = extractQuantities(text)
    claimIds.set(line.id, claimId)
    documents.push({ id: documentId, workspaceId, title: line.title?.trim() || text.slice(0, 120), contentHash: contentHash(text), createdById: userId })
    revisions.push({ id: revisionId, documentId, number: 1, text, contentHash: contentHash(text), source: 'paste', createdById: userId })
    rows.push({
      id: claimId,
      workspaceId,
      documentId,
      revisionId,
      start: 0,
      end: text.length,
      quote: text,
      prefix: '',
      suffix: '',
      kind: found.length ? 'STATISTIC' : 'FACTUAL',
      checkworthiness: 1,
      reasons: [],
      status: 'VERIFIED',
      verdict: 'ACCURATE',
      verdictById: userId,
      verdictAt: new Date(),
      createdById: userId,
    })
    found.forEach((quantity, position) =>
      quantities.push({
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
        period: quantity.period ? { ...quantity.period } : undefined,
        role: quantity.role ?? null,
      }),
    )
  }
  await tx.document.createMany({ data: documents })
  await tx.documentRevision.createMany({ data: revisions })
  await tx.claim.createMany({ data: rows })
  await tx.quantity.createMany({ data: quantities })
  return claimIds
}
