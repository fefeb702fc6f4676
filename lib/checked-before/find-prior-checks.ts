import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb } from '@/lib/db/client'
import type { Verdict } from '@/lib/db/generated/enums'
import { AppError } from '@/lib/errors'
import { parseInput } from '@/lib/validation'
import type { MatchReason } from './describe-match'
import { refreshInTransaction } from './refresh-prior-checks'
import { ZClaimPriorChecks } from './schemas'

export interface PriorCheckView {
  id: string
  score: number
  reason: MatchReason
  dismissedAt: string | null
  dismissedBy: string | null
  reusedAt: string | null
  earlier: EarlierClaimView | null
  external: ExternalCheckView | null
}

export interface EarlierClaimView {
  claimId: string
  quote: string
  documentId: string
  documentTitle: string
  verdict: Verdict
  verdictAt: string | null
  // Mean of the current ratings' confidence (1–5), and who gave them.
  confidence: number | null
  reviewers: string[]
  evidence: { id: string; stance: string; quote: string; locator: string | null; source: { id: string; title: string; url: string | null } }[]
}

export interface ExternalCheckView {
  id: string
  claimText: string
  url: string
  publisherName: string
  ratingName: string | null
  verdict: Verdict | null
  reviewedAt: string | null
}

// The claim panel's "Checked before": the earlier checks matched with the claim, best
// first, dismissed ones last. A match whose claim has changed words since is matched
// again first; one whose earlier claim lost its final verdict (or was merged away) is
// never shown.
export async function findPriorChecks({ actor, ...input }: { actor: Actor } & Record<string, unknown>): Promise<PriorCheckView[]> {
  const { workspaceId, claimId } = parseInput(ZClaimPriorChecks, input)
  return getDb().$transaction(async (tx) => {
    await requireWorkspaceAccess(tx, actor, workspaceId, 'workspace.read')
    const claim = await tx.claim.findFirst({ where: { id: claimId, workspaceId }, select: { documentId: true, quote: true, supersededAt: true } })
    if (!claim) throw new AppError('NOT_FOUND', 'Claim not found')
    if (claim.supersededAt) return []
    const stale = await tx.priorCheck.count({ where: { claimId, matchedQuote: { not: claim.quote } } })
    if (stale) await refreshInTransaction(tx, { workspaceId, documentId: claim.documentId, claimIds: [claimId] })
    const rows = await tx.priorCheck.findMany({
      where: {
        workspaceId,
        claimId,
        OR: [{ externalCheckId: { not: null } }, { earlierClaim: { status: 'VERIFIED', verdict: { not: null }, supersededAt: null, dismissedAt: null } }],
      },
      orderBy: [{ score: 'desc' }, { id: 'asc' }],
      include: {
        dismissedBy: { select: { name: true, email: true } },
        externalCheck: true,
        earlierClaim: {
          include: {
            document: { select: { title: true } },
            ratings: { where: { supersededAt: null }, include: { user: { select: { name: true, email: true } } } },
            evidence: { where: { removedAt: null }, include: { source: { select: { id: true, title: true, url: true } } }, orderBy: { createdAt: 'asc' } },
          },
        },
      },
    })
    return rows
      .map((row): PriorCheckView => {
        const earlier = row.earlierClaim
        const external = row.externalCheck
        return {
          id: row.id,
          score: Number(row.score),
          reason: row.reason as unknown as MatchReason,
          dismissedAt: row.dismissedAt?.toISOString() ?? null,
          dismissedBy: row.dismissedBy ? (row.dismissedBy.name ?? row.dismissedBy.email) : null,
          reusedAt: row.reusedAt?.toISOString() ?? null,
          earlier: earlier
            ? {
                claimId: earlier.id,
                quote: earlier.quote,
                documentId: earlier.documentId,
                documentTitle: earlier.document.title,
                verdict: earlier.verdict!,
                verdictAt: earlier.verdictAt?.toISOString() ?? null,
                confidence: earlier.ratings.length ? earlier.ratings.reduce((sum, rating) => sum + rating.confidence, 0) / earlier.ratings.length : null,
                reviewers: earlier.ratings.map((rating) => rating.user.name ?? rating.user.email),
                evidence: earlier.evidence.map((item) => ({ id: item.id, stance: item.stance, quote: item.quote, locator: item.locator, source: item.source })),
              }
            : null,
          external: external
            ? {
                id: external.id,
                claimText: external.claimText,
                url: external.url,
                publisherName: external.publisherName,
                ratingName: external.ratingName,
                verdict: external.verdict,
                reviewedAt: external.reviewedAt?.toISOString() ?? null,
              }
            : null,
        }
      })
      .sort((a, b) => Number(Boolean(a.dismissedAt)) - Number(Boolean(b.dismissedAt)))
  })
}
