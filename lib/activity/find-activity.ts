import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import { takePage } from '@/lib/pagination/keyset'
import { encodeSequenceCursor, ZSequencePageParams } from '@/lib/pagination/page-cursor'
import { parseInput, ZId } from '@/lib/validation'
import { ACTIVITY_SELECT, toActivityView, type ActivityView } from './activity-view'

export const ACTIVITY_PAGE_SIZE = 50

const ZDocumentActivity = z.object({ workspaceId: ZId, documentId: ZId, ...ZSequencePageParams })
const ZClaimActivity = z.object({ workspaceId: ZId, claimId: ZId })

export interface ActivityPage {
  events: ActivityView[]
  // The cursor of the next older page, or null when this one reaches the beginning.
  nextCursor: string | null
}

// A document's history, newest first, a page at a time (`cursor` = a nextCursor).
// The order is the log's own id: it never changes for a row, so pages neither repeat
// nor skip. A document of another workspace is not found.
export async function findDocumentActivity({ actor, ...input }: { actor: Actor } & Record<string, unknown>): Promise<ActivityPage> {
  const { workspaceId, documentId, cursor, limit = ACTIVITY_PAGE_SIZE } = parseInput(ZDocumentActivity, input)
  const db = getDb()
  await requireWorkspaceAccess(db, actor, workspaceId, 'workspace.read')
  const document = await db.document.findFirst({ where: { id: documentId, workspaceId }, select: { id: true } })
  if (!document) throw new AppError('NOT_FOUND', 'Document not found')
  const rows = await db.activityEvent.findMany({
    where: { workspaceId, documentId, ...(cursor === undefined ? {} : { id: { lt: cursor } }) },
    orderBy: { id: 'desc' },
    take: limit + 1,
    select: ACTIVITY_SELECT,
  })
  const page = takePage(rows, limit, (row) => encodeSequenceCursor(row.id))
  return { events: page.rows.map(toActivityView), nextCursor: page.nextCursor }
}

const CLAIM_HISTORY_LIMIT = 500

// A claim's history, newest first: the changes to the claim itself and to what hangs
// on it (evidence, ratings, comments), which record the claim's id.
export async function findClaimActivity({ actor, ...input }: { actor: Actor } & Record<string, unknown>): Promise<ActivityView[]> {
  const { workspaceId, claimId } = parseInput(ZClaimActivity, input)
  const db = getDb()
  await requireWorkspaceAccess(db, actor, workspaceId, 'workspace.read')
  const claim = await db.claim.findFirst({ where: { id: claimId, workspaceId }, select: { id: true } })
  if (!claim) throw new AppError('NOT_FOUND', 'Claim not found')
  const rows = await db.activityEvent.findMany({
    where: { workspaceId, OR: [{ claimId }, { subjectType: 'Claim', subjectId: claimId }] },
    orderBy: { id: 'desc' },
    take: CLAIM_HISTORY_LIMIT,
    select: ACTIVITY_SELECT,
  })
  return rows.map(toActivityView)
}

// The id of the document's newest activity ("0" when none): a page passes it to its
// live feed, so changes committed between rendering and connecting are not missed.
export async function getLatestDocumentActivityId({ actor, ...input }: { actor: Actor } & Record<string, unknown>): Promise<string> {
  const { workspaceId, documentId } = parseInput(ZDocumentActivity.pick({ workspaceId: true, documentId: true }), input)
  const db = getDb()
  await requireWorkspaceAccess(db, actor, workspaceId, 'workspace.read')
  const latest = await db.activityEvent.findFirst({ where: { workspaceId, documentId }, orderBy: { id: 'desc' }, select: { id: true } })
  return (latest?.id ?? 0n).toString()
}
