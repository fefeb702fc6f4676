import 'server-only'
import type { Tx } from '@/lib/db/client'
import type { NotificationKind } from '@/lib/db/generated/enums'

export interface NotificationInput {
  workspaceId: string
  actorId: string
  kind: NotificationKind
  message: string
  documentId?: string | null
  claimId?: string | null
  commentId?: string | null
}

// Inbox entries for the given members, in the caller's transaction. Nobody is told
// about their own action, and each member once, however often they are named.
export async function notify(tx: Tx, recipientIds: readonly string[], input: NotificationInput): Promise<void> {
  const recipients = [...new Set(recipientIds)].filter((userId) => userId !== input.actorId)
  if (recipients.length === 0) return
  await tx.notification.createMany({
    data: recipients.map((userId) => ({
      userId,
      workspaceId: input.workspaceId,
      actorId: input.actorId,
      kind: input.kind,
      message: input.message,
      documentId: input.documentId ?? null,
      claimId: input.claimId ?? null,
      commentId: input.commentId ?? null,
    })),
  })
}
