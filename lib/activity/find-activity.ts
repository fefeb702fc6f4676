import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import { parseInput, ZId } from '@/lib/validation'
import { ACTIVITY_SELECT, toActivityView, type ActivityView } from './activity-view'

export const ACTIVITY_PAGE_SIZE = 50
const MAX_PAGE_SIZE = 200

const ZCursor = z
  .string({ error: 'must be an activity id' })
  .regex(/^\d{1,19}$/, 'must be an activity id')
  .transform((value) => BigInt(value))
const ZLimit = z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(1, 'must be at least 1').max(MAX_PAGE_SIZE, `must be at most ${MAX_PAGE_SIZE}`)

const ZDocumentActivity = z.object({
  workspaceId: ZId,
  documentId: ZId,
  before: z.preprocess((value) => (value === '' || value === null ? undefined : value), ZCursor.optional()),
  limit: z.preprocess((value) => (value === '' || value === null ? undefined : value), ZLimit.optional()),
})
const ZClaimActivity = z.object({ workspaceId: ZId, claimId: ZId })

export interface ActivityPage {
  events: ActivityView[]
  // The cursor of the next older page, or null when this one reaches the beginning.
  nextBefore: string | null
}

// A document's history, newest first, a page at a time (`before` = the id of the
// oldest event already shown). A document of another workspace is not found.
export async function findDocumentActivity({ actor, ...input }: { actor: Actor } & Record<string, unknown>): Promise<ActivityPage> {
  const { workspaceId, documentId, before, limit = ACTIVITY_PAGE_SIZE } = parseInput(ZDocumentActivity, input)
  const db = getDb()
  await requireWorkspaceAccess(db, actor, workspaceId, 'workspace.read')
  const document = await db.document.findFirst({ where: { id: documentId, workspaceId }, select: { id: true } })
  if (!document) throw new AppError('NOT_FOUND', 'Document not found')
  const rows = await db.activityEvent.findMany({
    where: { workspaceId, documentId, ...(before === undefined ? {} : { id: { lt: before } }) },
    orderBy: { id: 'desc' },
    take: limit + 1,
    select: ACTIVITY_SELECT,
  })
  const events = rows.slice(0, limit).map(toActivityView)
  return { events, nextBefore: rows.length > limit ? events.at(-1)!.id : null }
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
