import 'server-only'
import { randomBytes } from 'node:crypto'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { recordActivity } from '@/lib/activity/record-activity'
import { getDb, type Tx } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import { parseInput } from '@/lib/validation'
import type { ReportModel } from './report-model'
import { ZCreateShareLink, ZReportRef, ZShareToken } from './schemas'

export type ShareState = 'none' | 'active' | 'revoked' | 'expired'

export function shareStateOf(report: { shareToken: string | null; shareExpiresAt: Date | null; shareRevokedAt: Date | null }, now = new Date()): ShareState {
  if (report.shareRevokedAt) return 'revoked'
  if (!report.shareToken) return 'none'
  if (report.shareExpiresAt && report.shareExpiresAt.getTime() <= now.getTime()) return 'expired'
  return 'active'
}

// Every failure of a public link reads the same, so a visitor learns nothing about
// whether a token ever existed, was revoked or has expired.
const SHARED_NOT_FOUND = 'Report not found'

// A new public link for a published report: 32 random bytes (256 bits), base64url.
// It replaces any earlier link, which stops working at once.
export async function createShareLink({ actor, ...input }: { actor: Actor } & Record<string, unknown>) {
  const { workspaceId, reportId, expiresAt } = parseInput(ZCreateShareLink, input)
  return getDb().$transaction(async (tx) => {
    const report = await findManagedReport(tx, actor, workspaceId, reportId)
    const shareToken = randomBytes(32).toString('base64url')
    await tx.report.update({ where: { id: report.id }, data: { shareToken, shareExpiresAt: expiresAt, shareRevokedAt: null } })
    await recordActivity(tx, {
      workspaceId,
      actorId: actor.id,
      subjectType: 'Report',
      subjectId: report.id,
      action: 'report.shared',
      // Never the token itself: the activity log is readable by every member.
      before: { shareState: shareStateOf(report) },
      after: { shareExpiresAt: expiresAt, replacedEarlierLink: Boolean(report.shareToken) },
    })
    return { reportId: report.id, token: shareToken, expiresAt: expiresAt?.toISOString() ?? null }
  })
}

// Turns the link off. The token stays stored (revoked), so it can never match again.
export async function revokeShareLink({ actor, ...input }: { actor: Actor } & Record<string, unknown>) {
  const { workspaceId, reportId } = parseInput(ZReportRef, input)
  return getDb().$transaction(async (tx) => {
    const report = await findManagedReport(tx, actor, workspaceId, reportId)
    if (!report.shareToken || report.shareRevokedAt) throw new AppError('CONFLICT', 'This report has no active share link to revoke')
    const revokedAt = new Date()
    await tx.report.update({ where: { id: report.id }, data: { shareRevokedAt: revokedAt } })
    await recordActivity(tx, { workspaceId, actorId: actor.id, subjectType: 'Report', subjectId: report.id, action: 'report.share_revoked', before: { shareState: shareStateOf(report) }, after: { shareRevokedAt: revokedAt } })
    return { reportId: report.id, revokedAt: revokedAt.toISOString() }
  })
}

// The public view: no actor. Only the frozen snapshot and what the page needs to
// describe it; nothing else of the workspace.
export async function getSharedReport(token: unknown): Promise<{ snapshot: ReportModel; contentHash: string; title: string; publishedAt: string }> {
  // Junk never reaches the database, and fails exactly like a wrong token.
  const parsed = ZShareToken.safeParse(token)
  if (!parsed.success) throw new AppError('NOT_FOUND', SHARED_NOT_FOUND)
  const report = await getDb().report.findUnique({
    where: { shareToken: parsed.data },
    select: { title: true, snapshot: true, contentHash: true, createdAt: true, shareToken: true, shareExpiresAt: true, shareRevokedAt: true },
  })
  if (!report || shareStateOf(report) !== 'active') throw new AppError('NOT_FOUND', SHARED_NOT_FOUND)
  return { snapshot: report.snapshot as unknown as ReportModel, contentHash: report.contentHash, title: report.title, publishedAt: report.createdAt.toISOString() }
}

async function findManagedReport(tx: Tx, actor: Actor, workspaceId: string, reportId: string) {
  await requireWorkspaceAccess(tx, actor, workspaceId, 'report.publish')
  // Locked: two link changes at once apply one after the other.
  const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Report" WHERE id = ${reportId} AND "workspaceId" = ${workspaceId} FOR UPDATE`
  if (!locked) throw new AppError('NOT_FOUND', 'Report not found')
  return tx.report.findUniqueOrThrow({ where: { id: locked.id }, select: { id: true, shareToken: true, shareExpiresAt: true, shareRevokedAt: true } })
}
