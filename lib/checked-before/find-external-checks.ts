import 'server-only'
import { z } from 'zod'
import { recordActivity } from '@/lib/activity/record-activity'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb } from '@/lib/db/client'
import type { Prisma } from '@/lib/db/generated/client'
import { AppError } from '@/lib/errors'
import { parseInput, ZId } from '@/lib/validation'
import { toExternalCheckView, type ExternalCheckView } from './external-check-view'

export const EXTERNAL_CHECKS_PAGE_SIZE = 50
const MAX_PAGE_SIZE = 200

// Keyset cursor: the last row shown, as [reviewedAt ISO or null, id], base64url JSON.
const ZCursor = z
  .string()
  .max(200)
  .transform((value, ctx) => {
    try {
      const [at, id] = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as unknown[]
      const date = typeof at === 'string' ? new Date(at) : null
      if ((at === null || (date && !Number.isNaN(date.getTime()))) && typeof id === 'string' && id) return { reviewedAt: date, id }
    } catch {
      // reported below
    }
    ctx.addIssue({ code: 'custom', message: 'is not a page cursor from this list' })
    return z.NEVER
  })
const blankToUndefined = (value: unknown) => (value === '' || value === null ? undefined : value)
const ZFindExternalChecks = z.object({
  workspaceId: ZId,
  cursor: z.preprocess(blankToUndefined, ZCursor.optional()),
  limit: z.preprocess(blankToUndefined, z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(1, 'must be at least 1').max(MAX_PAGE_SIZE, `must be at most ${MAX_PAGE_SIZE}`).optional()),
})
const ZExternalCheckRef = z.object({ workspaceId: ZId, checkId: ZId })

export interface ExternalChecksPage {
  checks: ExternalCheckView[]
  total: number
  // The cursor of the next page, or null when this one is the last.
  nextCursor: string | null
}

// The workspace's imported checks, most recently reviewed first (undated ones last), a page at a time. Any member.
export async function findExternalChecks({ actor, ...input }: { actor: Actor } & Record<string, unknown>): Promise<ExternalChecksPage> {
  const { workspaceId, cursor, limit = EXTERNAL_CHECKS_PAGE_SIZE } = parseInput(ZFindExternalChecks, input)
  const db = getDb()
  await requireWorkspaceAccess(db, actor, workspaceId, 'workspace.read')
  const after: Prisma.ExternalCheckWhereInput = !cursor
    ? {}
    : cursor.reviewedAt
      ? { OR: [{ reviewedAt: { lt: cursor.reviewedAt } }, { reviewedAt: cursor.reviewedAt, id: { lt: cursor.id } }, { reviewedAt: null }] }
      : { reviewedAt: null, id: { lt: cursor.id } }
  const [rows, total] = await Promise.all([
    db.externalCheck.findMany({
      where: { workspaceId, ...after },
      orderBy: [{ reviewedAt: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }],
      take: limit + 1,
      omit: { quantities: true, workspaceId: true, importedById: true },
    }),
    db.externalCheck.count({ where: { workspaceId } }),
  ])
  const checks = rows.slice(0, limit).map(toExternalCheckView)
  const last = checks.at(-1)
  const nextCursor = rows.length > limit && last ? Buffer.from(JSON.stringify([last.reviewedAt, last.id])).toString('base64url') : null
  return { checks, total, nextCursor }
}

// Removes one imported check (editors and owners); its matches with claims go with it.
export async function deleteExternalCheck({ actor, ...input }: { actor: Actor } & Record<string, unknown>): Promise<{ id: string }> {
  const { workspaceId, checkId } = parseInput(ZExternalCheckRef, input)
  return getDb().$transaction(async (tx) => {
    await requireWorkspaceAccess(tx, actor, workspaceId, 'document.edit')
    const check = await tx.externalCheck.findFirst({ where: { id: checkId, workspaceId }, select: { id: true, url: true, claimText: true, publisherName: true } })
    if (!check) throw new AppError('NOT_FOUND', 'External check not found')
    // A concurrent delete got there first: the same answer as if it had finished before.
    const { count } = await tx.externalCheck.deleteMany({ where: { id: check.id } })
    if (count === 0) throw new AppError('NOT_FOUND', 'External check not found')
    await recordActivity(tx, { workspaceId, actorId: actor.id, subjectType: 'ExternalCheck', subjectId: check.id, action: 'external_check.deleted', before: { url: check.url, claimText: check.claimText, publisherName: check.publisherName } })
    return { id: check.id }
  })
}
