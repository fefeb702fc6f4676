import 'server-only'
import type { Tx } from '@/lib/db/client'
import { Prisma } from '@/lib/db/generated/client'
import type { InputJsonValue } from '@/lib/db/generated/internal/prismaNamespace'

export interface ActivityInput {
  workspaceId: string
  actorId: string | null
  subjectType: string
  subjectId: string
  documentId?: string | null
  claimId?: string | null
  action: string
  before?: Record<string, unknown> | null
  after?: Record<string, unknown> | null
}

// Postgres channel announcing every committed activity (see lib/events/).
export const ACTIVITY_CHANNEL = 'claimtrack_activity'

// Append-only: written in the caller's transaction, so a change and its record
// commit or roll back together. The announcement is part of the same transaction:
// Postgres delivers it to listeners on commit, and never for a rollback.
export async function recordActivity(tx: Tx, input: ActivityInput): Promise<void> {
  const event = await tx.activityEvent.create({
    data: {
      workspaceId: input.workspaceId,
      actorId: input.actorId,
      subjectType: input.subjectType,
      subjectId: input.subjectId,
      documentId: input.documentId ?? null,
      claimId: input.claimId ?? null,
      action: input.action,
      before: toJson(input.before),
      after: toJson(input.after),
    },
    select: { id: true },
  })
  const announcement = JSON.stringify({ id: event.id.toString(), workspaceId: input.workspaceId, documentId: input.documentId ?? null, claimId: input.claimId ?? null, action: input.action, actorId: input.actorId })
  await tx.$queryRaw`SELECT pg_notify(${ACTIVITY_CHANNEL}, ${announcement})::text`
}

// Dates become ISO strings; undefined fields are dropped.
function toJson(value: Record<string, unknown> | null | undefined): InputJsonValue | undefined {
  if (value == null) return undefined
  return JSON.parse(JSON.stringify(value)) as InputJsonValue
}

// For writes that insert their activity rows in SQL (one statement for the change, its
// record and its announcement): the announcement recordActivity makes, for each row of
// `rows`, a CTE inserted into "ActivityEvent" RETURNING *. The count forces each call.
export function announceActivitySql(rows: string): Prisma.Sql {
  return Prisma.sql`(SELECT count(pg_notify(${ACTIVITY_CHANNEL}, json_build_object('id', e.id::text, 'workspaceId', e."workspaceId", 'documentId', e."documentId", 'claimId', e."claimId", 'action', e.action, 'actorId', e."actorId")::text)) FROM ${Prisma.raw(rows)} e)`
}
