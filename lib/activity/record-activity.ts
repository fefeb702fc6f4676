import 'server-only'
import type { Tx } from '@/lib/db/client'
import type { InputJsonValue } from '@/lib/db/generated/internal/prismaNamespace'

export interface ActivityInput {
  workspaceId: string
  actorId: string | null
  subjectType: string
  subjectId: string
  action: string
  before?: Record<string, unknown> | null
  after?: Record<string, unknown> | null
}

// Append-only: written in the caller's transaction, so a change and its record
// commit or roll back together.
export async function recordActivity(tx: Tx, input: ActivityInput): Promise<void> {
  await tx.activityEvent.create({
    data: {
      workspaceId: input.workspaceId,
      actorId: input.actorId,
      subjectType: input.subjectType,
      subjectId: input.subjectId,
      action: input.action,
      before: toJson(input.before),
      after: toJson(input.after),
    },
  })
}

// Dates become ISO strings; undefined fields are dropped.
function toJson(value: Record<string, unknown> | null | undefined): InputJsonValue | undefined {
  if (value == null) return undefined
  return JSON.parse(JSON.stringify(value)) as InputJsonValue
}
