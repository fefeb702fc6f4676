import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb } from '@/lib/db/client'
import type { NotificationKind } from '@/lib/db/generated/enums'
import { afterTimePosition, takePage, timeOrder } from '@/lib/pagination/keyset'
import { encodeTimeCursor, ZPageParams } from '@/lib/pagination/page-cursor'
import { parseInput, ZId } from '@/lib/validation'

export const INBOX_PAGE_SIZE = 50

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

const ZInbox = z.object({ workspaceId: ZId, ...ZPageParams })

export interface InboxPage {
  notifications: NotificationView[]
  // Across the whole inbox, not only this page.
  unreadCount: number
  nextCursor: string | null
}

// My inbox in this workspace, newest first, a page at a time (keyset on createdAt, id),
// with how many are unread. Only ever the actor's own: the user is in the where clause.
export async function findNotifications({ actor, ...input }: { actor: Actor } & Record<string, unknown>): Promise<InboxPage> {
  const { workspaceId, cursor, limit = INBOX_PAGE_SIZE } = parseInput(ZInbox, input)
  const db = getDb()
  await requireWorkspaceAccess(db, actor, workspaceId, 'workspace.read')
  const where = { workspaceId, userId: actor.id }
  const [fetched, unreadCount] = await Promise.all([
    db.notification.findMany({
      where: { ...where, ...afterTimePosition('createdAt', 'desc', cursor) },
      orderBy: timeOrder('createdAt', 'desc'),
      take: limit + 1,
      include: { actor: { select: { name: true, email: true } } },
    }),
    db.notification.count({ where: { ...where, readAt: null } }),
  ])
  const { rows, nextCursor } = takePage(fetched, limit, (row) => encodeTimeCursor({ at: row.createdAt, id: row.id }))
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
  return { notifications, unreadCount, nextCursor }
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
