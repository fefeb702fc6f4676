import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb } from '@/lib/db/client'
import type { NotificationKind } from '@/lib/db/generated/enums'
import { parseInput, ZId } from '@/lib/validation'

export const INBOX_LIMIT = 100

export interface NotificationView {
  id: string
  kind: NotificationKind
  message: string
  actorName: string | null
  documentId: string | null
  claimId: string | null
  commentId: string | null
  // Where the notification leads: the claim in its document, or the document.
  href: string | null
  isRead: boolean
  createdAt: string
}

const ZInbox = z.object({ workspaceId: ZId })

// My inbox in this workspace, newest first, with how many are unread.
export async function findNotifications({ actor, ...input }: { actor: Actor } & Record<string, unknown>): Promise<{ notifications: NotificationView[]; unreadCount: number }> {
  const { workspaceId } = parseInput(ZInbox, input)
  const db = getDb()
  await requireWorkspaceAccess(db, actor, workspaceId, 'workspace.read')
  const where = { workspaceId, userId: actor.id }
  const [rows, unreadCount] = await Promise.all([
    db.notification.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: INBOX_LIMIT, include: { actor: { select: { name: true, email: true } } } }),
    db.notification.count({ where: { ...where, readAt: null } }),
  ])
  const notifications = rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    message: row.message,
    actorName: row.actor ? (row.actor.name ?? row.actor.email) : null,
    documentId: row.documentId,
    claimId: row.claimId,
    commentId: row.commentId,
    href: hrefOf(workspaceId, row.documentId, row.claimId),
    isRead: row.readAt !== null,
    createdAt: row.createdAt.toISOString(),
  }))
  return { notifications, unreadCount }
}

function hrefOf(workspaceId: string, documentId: string | null, claimId: string | null): string | null {
  if (!documentId) return null
  const path = `/w/${workspaceId}/documents/${documentId}`
  return claimId ? `${path}?claim=${encodeURIComponent(claimId)}` : path
}
