import 'server-only'
import { recordActivity } from '@/lib/activity/record-activity'
import { similarity } from '@/lib/anchor/edit-distance'
import type { ReanchorResult } from '@/lib/anchor/reanchor'
import { textQuoteSelector } from '@/lib/anchor/selectors'
import type { Tx } from '@/lib/db/client'
import type { Claim, ClaimStatus, Quantity } from '@/lib/db/generated/client'
import type { InputJsonValue } from '@/lib/db/generated/internal/prismaNamespace'
import { extract } from '@/lib/extract'
import { analyzeSpan } from './analyze-span'
import { toClaimRows, toQuantityRows } from './claim-rows'
import { toQuantityView } from './quantity-view'

export type AnchoredClaim = Claim & { quantities: Quantity[] }

interface NewRevision {
  workspaceId: string
  documentId: string
  revisionId: string
  text: string
  actorId: string
}

export interface ReanchorSummary {
  kept: number
  moved: number
  reworded: number
  changed: number
  orphaned: number
  added: number
}

// Below this similarity a rewording counts as a change of what the claim says.
const MATERIAL_SIMILARITY = 0.9
// A claim reviewed on other words goes back to review; earlier statuses stay.
const REVIEW_AGAIN: Partial<Record<ClaimStatus, ClaimStatus>> = { READY: 'IN_REVIEW', VERIFIED: 'IN_REVIEW' }

// Moves every claim onto the new revision as the re-anchoring engine found it. The
// old anchor is kept (ClaimAnchor), so nothing an edit touches is lost: moved claims
// keep their words, reworded ones get the new words and a fresh reading of their
// figures, and those whose words are gone become orphans with their last good quote.
export async function applyReanchoring(tx: Tx, revision: NewRevision, claims: AnchoredClaim[], results: ReanchorResult[]): Promise<ReanchorSummary> {
  const summary: ReanchorSummary = { kept: 0, moved: 0, reworded: 0, changed: 0, orphaned: 0, added: 0 }
  const byId = new Map(results.map((result) => [result.id, result]))
  const unchangedWords: { claim: AnchoredClaim; start: number }[] = []
  await tx.claimAnchor.createMany({
    data: claims.map((claim) => ({ claimId: claim.id, revisionId: claim.revisionId, start: claim.start, end: claim.end, quote: claim.quote, prefix: claim.prefix, suffix: claim.suffix, quantities: claim.quantities.map(toQuantityView) as unknown as InputJsonValue })),
  })
  for (const claim of claims) {
    const result = byId.get(claim.id)
    if (!result || result.status === 'orphaned' || result.start === undefined || result.end === undefined) {
      summary.orphaned++
      await orphan(tx, revision, claim)
    } else if (revision.text.slice(result.start, result.end) === claim.quote) {
      summary[result.start === claim.start ? 'kept' : 'moved']++
      unchangedWords.push({ claim, start: result.start })
    } else {
      const isMaterial = result.numbersChanged || similarity(claim.quote, revision.text.slice(result.start, result.end)) < MATERIAL_SIMILARITY
      summary[isMaterial ? 'changed' : 'reworded']++
      await reword(tx, revision, claim, { start: result.start, end: result.end }, isMaterial)
    }
  }
  await moveUnchanged(tx, revision, unchangedWords)
  summary.added = await extractNewClaims(tx, revision, claims, byId)
  return summary
}

async function orphan(tx: Tx, revision: NewRevision, claim: AnchoredClaim) {
  await tx.claim.update({ where: { id: claim.id }, data: { orphanedAt: new Date(), version: { increment: 1 } } })
  await recordActivity(tx, { workspaceId: revision.workspaceId, actorId: revision.actorId, subjectType: 'Claim', subjectId: claim.id, documentId: revision.documentId, claimId: claim.id, action: 'claim.orphaned', before: { revisionId: claim.revisionId, start: claim.start, end: claim.end, quote: claim.quote } })
}

// New words for the claim: its figures are read again from them, and a material
// change sends it back to review with the wording it was reviewed on kept beside.
async function reword(tx: Tx, revision: NewRevision, claim: AnchoredClaim, span: { start: number; end: number }, isMaterial: boolean) {
  const reading = analyzeSpan(revision.text, span.start, span.end)
  const { exact, prefix, suffix } = textQuoteSelector(revision.text, span.start, span.end)
  const status = isMaterial ? (REVIEW_AGAIN[claim.status] ?? claim.status) : claim.status
  await tx.claim.update({
    where: { id: claim.id },
    data: {
      revisionId: revision.revisionId,
      ...span,
      quote: exact,
      prefix,
      suffix,
      derived: reading.changes.length ? (reading.changes.map((change) => ({ ...change })) as InputJsonValue) : undefined,
      status,
      ...(isMaterial ? { textChangedAt: new Date(), previousQuote: claim.previousQuote ?? claim.quote } : {}),
      version: { increment: 1 },
    },
  })
  await tx.quantity.deleteMany({ where: { claimId: claim.id } })
  const quantities = toQuantityRows(claim.id, reading.quantities)
  if (quantities.length) await tx.quantity.createMany({ data: quantities })
  await recordActivity(tx, {
    workspaceId: revision.workspaceId,
    actorId: revision.actorId,
    subjectType: 'Claim',
    subjectId: claim.id,
    documentId: revision.documentId,
    claimId: claim.id,
    action: isMaterial ? 'claim.textChanged' : 'claim.reworded',
    before: { quote: claim.quote, start: claim.start, end: claim.end, status: claim.status },
    after: { quote: exact, ...span, status },
  })
}

// Claims whose words are intact only move: one statement for all of them, and one
// for their quantities, however many there are.
async function moveUnchanged(tx: Tx, revision: NewRevision, moves: { claim: AnchoredClaim; start: number }[]) {
  if (moves.length === 0) return
  const ids = moves.map(({ claim }) => claim.id)
  const starts = moves.map(({ start }) => start)
  const ends = moves.map(({ claim, start }) => start + claim.quote.length)
  const contexts = moves.map(({ claim, start }) => textQuoteSelector(revision.text, start, start + claim.quote.length))
  const deltas = moves.map(({ claim, start }) => start - claim.start)
  await tx.$executeRaw`
    UPDATE "Claim" AS c SET "revisionId" = ${revision.revisionId}, "start" = v.s, "end" = v.e, "prefix" = v.p, "suffix" = v.x, "updatedAt" = now()
    FROM unnest(${ids}::text[], ${starts}::int[], ${ends}::int[], ${contexts.map((context) => context.prefix)}::text[], ${contexts.map((context) => context.suffix)}::text[]) AS v(id, s, e, p, x)
    WHERE c.id = v.id`
  await tx.$executeRaw`
    UPDATE "Quantity" AS q SET "start" = q."start" + v.d, "end" = q."end" + v.d
    FROM unnest(${ids}::text[], ${deltas}::int[]) AS v(id, d)
    WHERE q."claimId" = v.id AND v.d <> 0`
}

// Sentences the edit added are read like an import's; any claim already there, even
// dismissed, keeps its place, so a dismissal is not undone by an edit.
async function extractNewClaims(tx: Tx, revision: NewRevision, claims: AnchoredClaim[], results: Map<string, ReanchorResult>): Promise<number> {
  const taken = claims.flatMap((claim) => {
    const result = results.get(claim.id)
    return result?.start !== undefined && result.end !== undefined ? [{ start: result.start, end: result.end }] : []
  })
  const fresh = extract(revision.text).claims.filter((candidate) => !taken.some((span) => span.start < candidate.end && candidate.start < span.end))
  if (fresh.length === 0) return 0
  const { claimRows, quantityRows } = toClaimRows(revision, fresh, { createdById: revision.actorId })
  await tx.claim.createMany({ data: claimRows })
  if (quantityRows.length) await tx.quantity.createMany({ data: quantityRows })
  return fresh.length
}
