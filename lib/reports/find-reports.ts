import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { can } from '@/lib/auth/roles'
import { getDb } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import { afterTimePosition, takePage, timeOrder } from '@/lib/pagination/keyset'
import { DEFAULT_PAGE_SIZE, encodeTimeCursor, ZPageParams } from '@/lib/pagination/page-cursor'
import { parseInput, ZId } from '@/lib/validation'
import type { ReportModel, ReportOptions } from './report-model'
import { ZReportRef } from './schemas'
import { shareStateOf, type ShareState } from './share-link'

const LIST_FIELDS = {
  id: true,
  title: true,
  documentIds: true,
  options: true,
  contentHash: true,
  createdAt: true,
  shareToken: true,
  shareExpiresAt: true,
  shareRevokedAt: true,
  createdBy: { select: { name: true, email: true } },
} as const

export interface ReportListItem {
  id: string
  title: string
  documentIds: string[]
  options: ReportOptions
  contentHash: string
  createdAt: string
  createdBy: string
  share: { state: ShareState; expiresAt: string | null; revokedAt: string | null; token: string | null }
}

const ZFindReports = z.object({ workspaceId: ZId, ...ZPageParams })

// The workspace's published reports, newest first, a page at a time (keyset on createdAt,
// id), without their snapshots. The share token is only given to those who may manage
// links (it is the public URL).
export async function findReports({ actor, ...input }: { actor: Actor } & Record<string, unknown>): Promise<{ reports: ReportListItem[]; nextCursor: string | null }> {
  const { workspaceId, cursor, limit = DEFAULT_PAGE_SIZE } = parseInput(ZFindReports, input)
  const db = getDb()
  const { role } = await requireWorkspaceAccess(db, actor, workspaceId, 'workspace.read')
  const fetched = await db.report.findMany({ where: { workspaceId, ...afterTimePosition('createdAt', 'desc', cursor) }, select: LIST_FIELDS, orderBy: timeOrder('createdAt', 'desc'), take: limit + 1 })
  const { rows, nextCursor } = takePage(fetched, limit, (row) => encodeTimeCursor({ at: row.createdAt, id: row.id }))
  return { reports: rows.map((row) => toListItem(row, can(role, 'report.publish'))), nextCursor }
}

// One published report as members see it: the frozen snapshot and its link state.
export async function getReport({ actor, ...input }: { actor: Actor } & Record<string, unknown>): Promise<ReportListItem & { snapshot: ReportModel; canPublish: boolean }> {
  const { workspaceId, reportId } = parseInput(ZReportRef, input)
  const db = getDb()
  const { role } = await requireWorkspaceAccess(db, actor, workspaceId, 'workspace.read')
  const row = await db.report.findFirst({ where: { id: reportId, workspaceId }, select: { ...LIST_FIELDS, snapshot: true } })
  if (!row) throw new AppError('NOT_FOUND', 'Report not found')
  const canPublish = can(role, 'report.publish')
  return { ...toListItem(row, canPublish), snapshot: row.snapshot as unknown as ReportModel, canPublish }
}

interface Row {
  id: string
  options: unknown
  title: string
  documentIds: string[]
  contentHash: string
  createdAt: Date
  shareToken: string | null
  shareExpiresAt: Date | null
  shareRevokedAt: Date | null
  createdBy: { name: string | null; email: string }
}

function toListItem(row: Row, canManageLinks: boolean): ReportListItem {
  const state = shareStateOf(row)
  return {
    id: row.id,
    title: row.title,
    documentIds: row.documentIds,
    options: row.options as ReportOptions,
    contentHash: row.contentHash,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy.name ?? row.createdBy.email,
    share: {
      state,
      expiresAt: row.shareExpiresAt?.toISOString() ?? null,
      revokedAt: row.shareRevokedAt?.toISOString() ?? null,
      token: canManageLinks && state === 'active' ? row.shareToken : null,
    },
  }
}

export interface ReportableDocument {
  id: string
  title: string
  author: string | null
  claimCount: number
  verifiedCount: number
}

// The documents a report can be built from, with the counts the builder shows: current
// claims (as buildReport selects them) and how many of those are verified.
export async function findReportableDocuments({ actor, workspaceId }: { actor: Actor; workspaceId: unknown }): Promise<ReportableDocument[]> {
  const id = parseInput(ZId, workspaceId)
  const db = getDb()
  await requireWorkspaceAccess(db, actor, id, 'workspace.read')
  const [documents, counts] = await Promise.all([
    db.document.findMany({ where: { workspaceId: id, archivedAt: null }, select: { id: true, title: true, author: true }, orderBy: { createdAt: 'desc' } }),
    db.claim.groupBy({ by: ['documentId', 'status'], where: { workspaceId: id, supersededAt: null, dismissedAt: null, orphanedAt: null }, _count: { _all: true } }),
  ])
  return documents.map((document) => {
    const rows = counts.filter((row) => row.documentId === document.id)
    return {
      ...document,
      claimCount: rows.reduce((sum, row) => sum + row._count._all, 0),
      verifiedCount: rows.filter((row) => row.status === 'VERIFIED').reduce((sum, row) => sum + row._count._all, 0),
    }
  })
}
