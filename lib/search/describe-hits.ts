import 'server-only'
import type { Tx } from '@/lib/db/client'
import type { ClaimKind, ClaimStatus, Verdict } from '@/lib/db/generated/enums'
import type { ParsedSearchQuery } from './parse-search-query'
import type { SearchType } from './schemas'
import type { RawHit } from './search-workspace'
import { splitHeadline, markPhrases, type SnippetPart } from './snippet'

export interface SearchHit {
  type: SearchType
  id: string
  score: number
  // What the result is ("Claim in Trade figures 2024"), and where it opens: the claim
  // selected in its document, the comment in its thread.
  title: string
  href: string
  snippet: SnippetPart[]
  documentId: string | null
  documentTitle: string | null
  claimId: string | null
  claim: { kind: ClaimKind; status: ClaimStatus; verdict: Verdict | null } | null
  author: string | null
  createdAt: string
}

// Titles, claim states and authors of one page of hits: a query per kind of row, all
// confined to the workspace.
export async function describeHits(tx: Tx, workspaceId: string, hits: RawHit[], query: ParsedSearchQuery): Promise<SearchHit[]> {
  const ids = (type: SearchType) => hits.filter((hit) => hit.type === type).map((hit) => hit.id)
  const documentIds = [...new Set(hits.map((hit) => hit.documentId).filter((id): id is string => Boolean(id)))]
  const claimIds = [...new Set(hits.map((hit) => hit.claimId).filter((id): id is string => Boolean(id)))]
  const [documents, claims, sources, evidence, comments] = await Promise.all([
    tx.document.findMany({ where: { workspaceId, id: { in: documentIds } }, select: { id: true, title: true, author: true, createdBy: { select: { name: true, email: true } } } }),
    tx.claim.findMany({ where: { workspaceId, id: { in: claimIds } }, select: { id: true, kind: true, status: true, verdict: true, createdBy: { select: { name: true, email: true } } } }),
    tx.source.findMany({ where: { workspaceId, id: { in: ids('source') } }, select: { id: true, title: true, publisher: true } }),
    tx.evidence.findMany({ where: { workspaceId, id: { in: ids('evidence') } }, select: { id: true, source: { select: { title: true } }, createdBy: { select: { name: true, email: true } } } }),
    tx.comment.findMany({ where: { workspaceId, id: { in: ids('comment') } }, select: { id: true, author: { select: { name: true, email: true } } } }),
  ])
  const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((row) => [row.id, row]))
  const [documentOf, claimOf, sourceOf, evidenceOf, commentOf] = [byId(documents), byId(claims), byId(sources), byId(evidence), byId(comments)]
  const figureTexts = await matchedFigureTexts(tx, ids('claim'), query)

  return hits.map((hit) => {
    const document = hit.documentId ? documentOf.get(hit.documentId) : undefined
    const claim = hit.claimId ? claimOf.get(hit.claimId) : undefined
    const documentPath = `/w/${workspaceId}/documents/${hit.documentId}`
    const base = {
      type: hit.type,
      id: hit.id,
      score: hit.score,
      snippet: markPhrases(splitHeadline(hit.headline), figureTexts.get(hit.id) ?? []),
      documentId: hit.documentId,
      documentTitle: document?.title ?? null,
      claimId: hit.claimId,
      claim: claim ? { kind: claim.kind, status: claim.status, verdict: claim.verdict } : null,
      createdAt: hit.createdAt.toISOString(),
    }
    switch (hit.type) {
      case 'claim':
        return { ...base, title: `Claim in ${document?.title ?? 'a document'}`, href: `${documentPath}?claim=${hit.id}`, author: nameOf(claim?.createdBy) }
      case 'document':
        return { ...base, title: document?.title ?? 'Document', href: documentPath, author: document?.author ?? nameOf(document?.createdBy) }
      case 'source': {
        const source = sourceOf.get(hit.id)
        return { ...base, title: source?.title ?? 'Source', href: `/w/${workspaceId}/sources?q=${encodeURIComponent(source?.title ?? '')}`, author: source?.publisher ?? null }
      }
      case 'evidence': {
        const item = evidenceOf.get(hit.id)
        return { ...base, title: `Evidence from ${item?.source.title ?? 'a source'}`, href: `${documentPath}?claim=${hit.claimId}`, author: nameOf(item?.createdBy) }
      }
      case 'comment': {
        const params = new URLSearchParams({ ...(hit.claimId && { claim: hit.claimId }), comment: hit.id })
        return { ...base, title: `Comment in ${document?.title ?? 'a document'}`, href: `${documentPath}?${params}`, author: nameOf(commentOf.get(hit.id)?.author) }
      }
    }
  })
}

// The words of each claim's quantities that matched a typed figure ("over $110
// billion" for "$110bn"), to highlight: full-text search does not mark them.
async function matchedFigureTexts(tx: Tx, claimIds: string[], query: ParsedSearchQuery): Promise<Map<string, string[]>> {
  const texts = new Map<string, string[]>()
  if (!query.figures.length || !claimIds.length) return texts
  const quantities = await tx.quantity.findMany({ where: { claimId: { in: claimIds } }, select: { claimId: true, text: true, value: true, valueMax: true, unit: true } })
  for (const quantity of quantities) {
    const matches = query.figures.some((figure) =>
      [quantity.value, quantity.valueMax].some((value) => value !== null && value.gte(figure.low) && value.lte(figure.high)) && (!figure.unit || figure.unit === quantity.unit),
    )
    if (matches) texts.set(quantity.claimId, [...(texts.get(quantity.claimId) ?? []), quantity.text])
  }
  return texts
}

function nameOf(user: { name: string | null; email: string } | null | undefined): string | null {
  return user ? (user.name ?? user.email) : null
}
