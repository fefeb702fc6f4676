import 'server-only'
import { comparisonLabel } from '@/lib/evidence/comparison-label'
import { formatQuantity } from '@/lib/claims/format-quantity'
import { toQuantityView } from '@/lib/claims/quantity-view'
import type { Tx } from '@/lib/db/client'
import type { Claim, Comment, Evidence, Quantity, Rating, Source, SourceSnapshot } from '@/lib/db/generated/client'
import { QUOTE_SNAPSHOT_SELECT, quantityFor, toSnapshotMeta } from '@/lib/evidence/evidence-view'
import type { SnapshotStatus } from '@/lib/evidence/quote-check'
import { VERDICT_LABELS, verdictRatingValue } from '@/lib/reviews/verdicts'
import { personName, USER_NAME, type Person } from './build-people'
import { STATUS_ACTIONS, type StatusEvent } from './corrections'
import { reportQuote } from './build-quote-location'
import type { ReportClaim, ReportEvidence } from './report-model'

// Claim-keyed reads go in chunks, so a 20,000-claim report stays within Postgres's
// bind-parameter limit while a small one takes one query per kind.
export const CLAIM_CHUNK = 5000

type Named<T, K extends string> = T & { [key in K]: Person | null }
type ReportEvidenceRow = Named<Evidence, 'createdBy'> & { source: Source; quoteSnapshot: Pick<SourceSnapshot, keyof typeof QUOTE_SNAPSHOT_SELECT> | null }

export interface ClaimDetails {
  ratings: Map<string, Named<Rating, 'user'>[]>
  evidence: Map<string, ReportEvidenceRow[]>
  // The newest snapshot's status of each cited source: why a quote is not located yet.
  latestSnapshotStatus: Map<string, SnapshotStatus>
  comments: Map<string, Named<Comment, 'author'>[]>
  statusEvents: StatusEvent[]
}

// Current ratings, evidence that was not removed, comments (when asked) and the
// status-change history of the claims: one query of each kind per chunk.
export async function loadClaimDetails(tx: Tx, workspaceId: string, claimIds: string[], includeComments: boolean): Promise<ClaimDetails> {
  const details: ClaimDetails = { ratings: new Map(), evidence: new Map(), latestSnapshotStatus: new Map(), comments: new Map(), statusEvents: [] }
  for (let offset = 0; offset < claimIds.length; offset += CLAIM_CHUNK) {
    const chunk = claimIds.slice(offset, offset + CLAIM_CHUNK)
    const ratings = await tx.rating.findMany({ where: { workspaceId, claimId: { in: chunk }, supersededAt: null }, include: { user: USER_NAME }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] })
    group(details.ratings, ratings)
    const evidence = await tx.evidence.findMany({
      where: { workspaceId, claimId: { in: chunk }, removedAt: null },
      include: { source: true, createdBy: USER_NAME, quoteSnapshot: { select: QUOTE_SNAPSHOT_SELECT } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    })
    group(details.evidence, evidence)
    const unlocated = [...new Set(evidence.filter((item) => !item.quoteSnapshot).map((item) => item.sourceId))].filter((id) => !details.latestSnapshotStatus.has(id))
    if (unlocated.length > 0) {
      const latest = await tx.sourceSnapshot.findMany({ where: { workspaceId, sourceId: { in: unlocated } }, distinct: ['sourceId'], orderBy: [{ sourceId: 'asc' }, { number: 'desc' }], select: { sourceId: true, status: true } })
      for (const row of latest) details.latestSnapshotStatus.set(row.sourceId, row.status)
    }
    if (includeComments) {
      const comments = await tx.comment.findMany({ where: { workspaceId, claimId: { in: chunk } }, include: { author: USER_NAME }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] })
      group(details.comments, comments as Named<Comment, 'author'>[])
    }
    const events = await tx.activityEvent.findMany({
      where: { workspaceId, claimId: { in: chunk }, action: { in: STATUS_ACTIONS } },
      include: { actor: USER_NAME },
      orderBy: { id: 'asc' },
    })
    details.statusEvents.push(...events.map((event) => ({ claimId: event.claimId, action: event.action, before: event.before, after: event.after, at: event.at, actorName: personName(event.actor) })))
  }
  details.statusEvents.sort((a, b) => a.at.getTime() - b.at.getTime())
  return details
}

function group<T extends { claimId: string | null }>(into: Map<string, T[]>, rows: T[]): void {
  for (const row of rows) {
    if (!row.claimId) continue
    const list = into.get(row.claimId)
    if (list) list.push(row)
    else into.set(row.claimId, [row])
  }
}

type LoadedClaim = Claim & { quantities: Quantity[]; verdictBy: Person | null }

export function toReportClaim(claim: LoadedClaim, context: ReportClaim['context'], details: ClaimDetails): ReportClaim {
  const ratings = details.ratings.get(claim.id) ?? []
  const confidenceSum = ratings.reduce((sum, rating) => sum + rating.confidence, 0)
  const isFinal = claim.status === 'VERIFIED' && claim.verdict !== null
  return {
    id: claim.id,
    quote: claim.quote,
    context,
    start: claim.start,
    end: claim.end,
    kind: claim.kind,
    status: claim.status,
    verdict: claim.verdict,
    verdictLabel: claim.verdict ? VERDICT_LABELS[claim.verdict] : null,
    ratingValue: claim.verdict ? verdictRatingValue(claim.verdict) : null,
    confidence: ratings.length ? (Math.round((confidenceSum * 100) / ratings.length) / 100).toFixed(2) : null,
    finalisedBy: isFinal
      ? { rule: claim.overrideReason ? 'override' : 'workflow', overrideReason: claim.overrideReason, by: personName(claim.verdictBy), at: claim.verdictAt?.toISOString() ?? null }
      : null,
    quantities: claim.quantities.map((quantity) => {
      const view = toQuantityView(quantity)
      return { text: view.text, value: view.value, valueMax: view.valueMax, unit: view.unit, qualifier: view.qualifier, year: view.year, formatted: formatQuantity(view) }
    }),
    evidence: (details.evidence.get(claim.id) ?? []).map((item) => toReportEvidence(item, claim.quantities, details.latestSnapshotStatus.get(item.sourceId) ?? null)),
    ratings: ratings.map((rating) => ({
      reviewer: personName(rating.user) ?? 'member',
      verdict: rating.verdict,
      verdictLabel: VERDICT_LABELS[rating.verdict],
      confidence: rating.confidence,
      rationale: rating.rationale,
      at: rating.createdAt.toISOString(),
    })),
    comments: toThreads(details.comments.get(claim.id) ?? []),
  }
}

function toReportEvidence(item: ReportEvidenceRow, quantities: Quantity[], latestStatus: SnapshotStatus | null): ReportEvidence {
  const quantity = quantityFor(quantities, item.quantityPosition)
  const { quoteLocation, figureCheck } = reportQuote(item, toSnapshotMeta(item.quoteSnapshot), latestStatus, quantity && toQuantityView(quantity))
  const comparison = figureCheck?.comparison ?? null
  const { source } = item
  const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null)
  return {
    stance: item.stance,
    quote: item.quote,
    locator: item.locator,
    figure: item.figure,
    comparison,
    comparisonLabel: comparison ? comparisonLabel(comparison).text : null,
    addedBy: personName(item.createdBy) ?? 'member',
    at: item.createdAt.toISOString(),
    source: {
      url: source.url,
      title: source.title,
      publisher: source.publisher,
      author: source.author,
      publishedAt: day(source.publishedAt),
      accessedAt: day(source.accessedAt),
      archiveUrl: source.archiveUrl,
      type: source.type,
      reliability: source.reliability,
      isRetracted: source.retractedAt !== null,
      retractionNote: source.retractionNote,
    },
    quoteLocation,
    figureCheck: figureCheck && { origin: figureCheck.origin, text: figureCheck.text, summary: figureCheck.summary },
  }
}

// Threads oldest first with their replies. Deleted comments are left out; a deleted
// thread start that still has replies stays as a placeholder so the replies read in place.
function toThreads(comments: Named<Comment, 'author'>[]): ReportClaim['comments'] {
  const entry = (comment: Named<Comment, 'author'>) => ({ author: personName(comment.author) ?? 'member', body: withoutMentionEmails(comment.body), at: comment.createdAt.toISOString() })
  const replies = (parentId: string) => comments.filter((reply) => reply.parentId === parentId && !reply.deletedAt).map(entry)
  return comments
    .filter((comment) => !comment.parentId)
    .map((root) => ({ root, replies: replies(root.id) }))
    .filter(({ root, replies: kept }) => !root.deletedAt || kept.length > 0)
    .map(({ root, replies: kept }) => (root.deletedAt ? { author: '', body: '(deleted comment)', at: root.createdAt.toISOString(), replies: kept } : { ...entry(root), replies: kept }))
}

// A mention is written as "@" and the member's email; a report may be public, so it
// names the member by the part before the "@" only (as it names people elsewhere).
const MENTION = /@([A-Za-z0-9._%+-]+)@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g

export function withoutMentionEmails(body: string): string {
  return body.replace(MENTION, '@$1')
}
