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
  const deleted = await deletedCommentIds(db, rows.map((row) => row.commentId))
  const notifications = rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    message: row.commentId && deleted.has(row.commentId) ? withoutQuote(row.message) : row.message,
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

// A mention or reply quotes the comment it came from; once that comment is deleted its
// words are not shown again, here either (the notification itself stays, without them).
async function deletedCommentIds(db: ReturnType<typeof getDb>, ids: (string | null)[]): Promise<Set<string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))]
  if (wanted.length === 0) return new Set()
  const rows = await db.comment.findMany({ where: { id: { in: wanted }, deletedAt: { not: null } }, select: { id: true } })
  return new Set(rows.map((row) => row.id))
}

function withoutQuote(message: string): string {
  const at = message.indexOf(': “')
  return `${at === -1 ? message : message.slice(0, at)} (the comment was deleted)`
}

function hrefOf(workspaceId: string, documentId: string | null, claimId: string | null): string | null {
  if (!documentId) return null
  const path = `/w/${workspaceId}/documents/${documentId}`
  return claimId ? `${path}?claim=${encodeURIComponent(claimId)}` : path
}
