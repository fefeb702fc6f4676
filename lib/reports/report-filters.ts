import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { can } from '@/lib/auth/roles'
import { recordActivity } from '@/lib/activity/record-activity'
import { getDb } from '@/lib/db/client'
import type { InputJsonValue } from '@/lib/db/generated/internal/prismaNamespace'
import { AppError } from '@/lib/errors'
import { parseInput, ZId } from '@/lib/validation'
import { MAX_REPORT_DOCUMENTS } from './build-report-schema'
import { ZCreateReportFilter, ZReportFilterCriteria, ZReportFilterRef, type ReportFilterView, type ResolvedReportFilter } from './report-filter-schemas'
import { isUniqueViolation } from '@/lib/db/unique-violation'

export type { ReportFilterView, ResolvedReportFilter }

const FILTER_FIELDS = { id: true, name: true, criteria: true, createdAt: true, createdBy: { select: { name: true, email: true } } } as const

type FilterRow = { id: string; name: string; criteria: unknown; createdAt: Date; createdBy: { name: string | null; email: string } }

function toView(row: FilterRow): ReportFilterView {
  // Stored criteria were validated on create; anything unreadable matches as "no criteria".
  const parsed = ZReportFilterCriteria.safeParse(row.criteria)
  return {
    id: row.id,
    name: row.name,
    criteria: parsed.success ? parsed.data : {},
    createdBy: row.createdBy.name ?? row.createdBy.email,
    createdAt: row.createdAt.toISOString(),
  }
}

// Saves named criteria for the workspace's report builder. Editors and owners only;
// names are unique per workspace.
export async function createReportFilter({ actor, ...input }: { actor: Actor } & Record<string, unknown>): Promise<ReportFilterView> {
  const { workspaceId, name, criteria } = parseInput(ZCreateReportFilter, input)
  return getDb().$transaction(async (tx) => {
    await requireWorkspaceAccess(tx, actor, workspaceId, 'report.publish')
    const taken = await tx.reportFilter.findFirst({ where: { workspaceId, name }, select: { id: true } })
    if (taken) throw new AppError('CONFLICT', `A filter named “${name}” already exists`, [{ field: 'name', message: `“${name}” is already taken` }])
    const row = await tx.reportFilter
      .create({ data: { workspaceId, name, criteria: criteria as InputJsonValue, createdById: actor.id }, select: FILTER_FIELDS })
      .catch((error: unknown) => {
        // A concurrent create of the same name.
        if (isUniqueViolation(error)) {
          throw new AppError('CONFLICT', `A filter named “${name}” already exists`, [{ field: 'name', message: `“${name}” is already taken` }])
        }
        throw error
      })
    await recordActivity(tx, {
      workspaceId,
      actorId: actor.id,
      subjectType: 'ReportFilter',
      subjectId: row.id,
      action: 'reportFilter.created',
      after: { name, criteria },
    })
    return toView(row)
  })
}

// The workspace's saved filters by name, and whether the actor may create or delete them.
export async function findReportFilters({ actor, workspaceId }: { actor: Actor; workspaceId: unknown }): Promise<{ filters: ReportFilterView[]; canManage: boolean }> {
  const id = parseInput(ZId, workspaceId)
  const db = getDb()
  const { role } = await requireWorkspaceAccess(db, actor, id, 'workspace.read')
  const rows = await db.reportFilter.findMany({ where: { workspaceId: id }, select: FILTER_FIELDS, orderBy: [{ name: 'asc' }, { id: 'asc' }] })
  return { filters: rows.map(toView), canManage: can(role, 'report.publish') }
}

export async function deleteReportFilter({ actor, ...input }: { actor: Actor } & Record<string, unknown>): Promise<{ id: string }> {
  const { workspaceId, filterId } = parseInput(ZReportFilterRef, input)
  return getDb().$transaction(async (tx) => {
    await requireWorkspaceAccess(tx, actor, workspaceId, 'report.publish')
    const row = await tx.reportFilter.findFirst({ where: { id: filterId, workspaceId }, select: { id: true, name: true, criteria: true } })
    if (!row) throw new AppError('NOT_FOUND', 'Report filter not found')
    await tx.reportFilter.delete({ where: { id: row.id } })
    await recordActivity(tx, {
      workspaceId,
      actorId: actor.id,
      subjectType: 'ReportFilter',
      subjectId: row.id,
      action: 'reportFilter.deleted',
      before: { name: row.name, criteria: row.criteria as InputJsonValue },
    })
    return { id: row.id }
  })
}

// The documents a saved filter picks now: the workspace's non-archived documents that
// match every criterion, newest first (by publication date, then by when they were
// added), at most MAX_REPORT_DOCUMENTS (what a report can hold), with truncated set when
// more matched. Any member may resolve.
export async function resolveReportFilter({ actor, ...input }: { actor: Actor } & Record<string, unknown>): Promise<ResolvedReportFilter> {
  const { workspaceId, filterId } = parseInput(ZReportFilterRef, input)
  const db = getDb()
  await requireWorkspaceAccess(db, actor, workspaceId, 'workspace.read')
  const row = await db.reportFilter.findFirst({ where: { id: filterId, workspaceId }, select: FILTER_FIELDS })
  if (!row) throw new AppError('NOT_FOUND', 'Report filter not found')
  const filter = toView(row)
  const { titleContains, publishedFrom, publishedTo, onlyWithVerifiedClaims } = filter.criteria
  const where = {
    workspaceId,
    archivedAt: null,
    ...(titleContains ? { title: { contains: titleContains, mode: 'insensitive' as const } } : {}),
    ...(publishedFrom || publishedTo
      ? { publishedAt: { ...(publishedFrom ? { gte: new Date(`${publishedFrom}T00:00:00Z`) } : {}), ...(publishedTo ? { lte: new Date(`${publishedTo}T00:00:00Z`) } : {}) } }
      : {}),
    ...(onlyWithVerifiedClaims ? { claims: { some: { status: 'VERIFIED' as const, supersededAt: null, dismissedAt: null, orphanedAt: null } } } : {}),
  }
  const [rows, matchCount] = await Promise.all([
    db.document.findMany({
      where,
      select: { id: true, title: true, publishedAt: true },
      orderBy: [{ publishedAt: { sort: 'desc', nulls: 'last' } }, { createdAt: 'desc' }, { id: 'desc' }],
      take: MAX_REPORT_DOCUMENTS,
    }),
    db.document.count({ where }),
  ])
  return {
    filter,
    documentIds: rows.map((document) => document.id),
    documents: rows.map((document) => ({ id: document.id, title: document.title, publishedAt: document.publishedAt?.toISOString().slice(0, 10) ?? null })),
    matchCount,
    truncated: matchCount > rows.length,
  }
}

// The builder's choices with a saved filter's documents in place of any listed ones
// (the preview page and the preview export accept ?filterId=).
export async function applyReportFilter<T extends { documentIds: string[] }>({ actor, workspaceId, filterId, choices }: { actor: Actor; workspaceId: string; filterId: string | null; choices: T }): Promise<T> {
  if (!filterId) return choices
  const { documentIds } = await resolveReportFilter({ actor, workspaceId, filterId })
  return { ...choices, documentIds }
}
