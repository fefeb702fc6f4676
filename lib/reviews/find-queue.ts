import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { can } from '@/lib/auth/roles'
import { getDb } from '@/lib/db/client'
import type { ClaimStatus, Verdict } from '@/lib/db/generated/enums'
import type { Prisma } from '@/lib/db/generated/client'
import { ZId, parseInput } from '@/lib/validation'

export const QUEUE_LIMIT = 200

export interface QueueItem {
  claimId: string
  documentId: string
  documentTitle: string
  quote: string
  status: ClaimStatus
  verdict: Verdict | null
  isRatedByMe: boolean
  // An earlier check of the same claim is offered (and not dismissed).
  hasPriorCheck: boolean
  createdAt: string
}

export interface ReviewQueue {
  // Claims assigned to me that are not verified yet.
  assigned: QueueItem[]
  // Other claims under review that I have not rated yet.
  unrated: QueueItem[]
  // More claims were waiting than the queue shows.
  isTruncated: boolean
}

// A reviewer's work: what they were given, then what they have not rated, newest first.
// Dismissed, superseded and orphaned claims, and archived documents, are left out.
// `hasPriorCheck`: only claims with an earlier check on offer ("checked before").
export async function findQueue({ actor, workspaceId, hasPriorCheck = false }: { actor: Actor; workspaceId: unknown; hasPriorCheck?: boolean }): Promise<ReviewQueue> {
  const id = parseInput(ZId, workspaceId)
  const offered: Prisma.PriorCheckWhereInput = {
    dismissedAt: null,
    OR: [{ externalCheckId: { not: null } }, { earlierClaim: { status: 'VERIFIED', verdict: { not: null }, supersededAt: null, dismissedAt: null } }],
  }
  const db = getDb()
  const { role } = await requireWorkspaceAccess(db, actor, id, 'workspace.read')
  const open: Prisma.ClaimWhereInput = { workspaceId: id, supersededAt: null, dismissedAt: null, orphanedAt: null, status: { not: 'VERIFIED' }, document: { archivedAt: null }, ...(hasPriorCheck ? { priorChecks: { some: offered } } : {}) }
  const select = {
    id: true,
    documentId: true,
    quote: true,
    status: true,
    verdict: true,
    createdAt: true,
    document: { select: { title: true } },
    ratings: { where: { userId: actor.id, supersededAt: null }, select: { id: true }, take: 1 },
    priorChecks: { where: offered, select: { id: true }, take: 1 },
  } satisfies Prisma.ClaimSelect
  const orderBy: Prisma.ClaimOrderByWithRelationInput[] = [{ createdAt: 'desc' }, { start: 'asc' }]
  const [assigned, unrated] = await Promise.all([
    db.claim.findMany({ where: { ...open, assigneeId: actor.id }, select, orderBy, take: QUEUE_LIMIT + 1 }),
    // Only members who can rate have claims waiting for their rating.
    can(role, 'claim.review')
      ? db.claim.findMany({
          where: { ...open, OR: [{ assigneeId: null }, { assigneeId: { not: actor.id } }], ratings: { none: { userId: actor.id, supersededAt: null } } },
          select,
          orderBy,
          take: QUEUE_LIMIT + 1,
        })
      : [],
  ])
  const toItem = (claim: (typeof assigned)[number]): QueueItem => ({
    claimId: claim.id,
    documentId: claim.documentId,
    documentTitle: claim.document.title,
    quote: claim.quote,
    status: claim.status,
    verdict: claim.verdict,
    isRatedByMe: claim.ratings.length > 0,
    hasPriorCheck: claim.priorChecks.length > 0,
    createdAt: claim.createdAt.toISOString(),
  })
  const assignedItems = assigned.slice(0, QUEUE_LIMIT).map(toItem)
  const unratedItems = unrated.slice(0, Math.max(0, QUEUE_LIMIT - assignedItems.length)).map(toItem)
  return { assigned: assignedItems, unrated: unratedItems, isTruncated: assigned.length + unrated.length > assignedItems.length + unratedItems.length }
}
