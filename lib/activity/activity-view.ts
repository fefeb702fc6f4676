import type { Prisma } from '@/lib/db/generated/client'
import { commentActivityFields } from './comment-activity-fields'
import { diffActivity, summarizeActivity, type ActivityChange } from './summarize-activity'

export const ACTIVITY_SELECT = {
  id: true,
  workspaceId: true,
  actorId: true,
  subjectType: true,
  subjectId: true,
  documentId: true,
  claimId: true,
  action: true,
  before: true,
  after: true,
  at: true,
  actor: { select: { name: true, email: true } },
} satisfies Prisma.ActivityEventSelect

type ActivityRow = Prisma.ActivityEventGetPayload<{ select: typeof ACTIVITY_SELECT }>

// An activity event as the history views and the live feed show it. The id is a
// string: it is a BigInt in the database, and the cursor of both views.
export interface ActivityView {
  id: string
  workspaceId: string
  documentId: string | null
  claimId: string | null
  subjectType: string
  subjectId: string
  action: string
  actorId: string | null
  actorName: string
  at: string
  summary: string
  changes: ActivityChange[]
}

export function toActivityView(row: ActivityRow): ActivityView {
  const isComment = row.subjectType === 'Comment'
  const before = isComment ? commentActivityFields(asObject(row.before)) : asObject(row.before)
  const after = isComment ? commentActivityFields(asObject(row.after)) : asObject(row.after)
  return {
    id: row.id.toString(),
    workspaceId: row.workspaceId,
    documentId: row.documentId,
    claimId: row.claimId,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    action: row.action,
    actorId: row.actorId,
    actorName: row.actor ? (row.actor.name ?? row.actor.email) : 'Claimtrack',
    at: row.at.toISOString(),
    summary: summarizeActivity(row.action, before, after),
    changes: diffActivity(before, after),
  }
}

function asObject(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null
}
