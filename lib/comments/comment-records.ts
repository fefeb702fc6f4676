import 'server-only'
import type { Tx } from '@/lib/db/client'
import { AppError } from '@/lib/errors'

// A comment of the workspace that still exists (not soft-deleted); anything else is
// not found, so ids from other workspaces reveal nothing.
export async function getLiveComment(tx: Tx, workspaceId: string, commentId: string) {
  const comment = await tx.comment.findFirst({ where: { id: commentId, workspaceId, deletedAt: null } })
  if (!comment) throw new AppError('NOT_FOUND', 'Comment not found: it may have been deleted')
  return comment
}

export function requireVersion(comment: { version: number }, version: number): void {
  if (version !== comment.version) {
    throw new AppError('CONFLICT', 'This comment changed since you opened it. Reload to see the change.', [], { currentVersion: String(comment.version) })
  }
}

// Changes a comment only if nobody else did in between; bumps its version.
export async function updateCommentAtVersion(tx: Tx, comment: { id: string; version: number }, data: Parameters<Tx['comment']['update']>[0]['data']) {
  const { count } = await tx.comment.updateMany({ where: { id: comment.id, version: comment.version }, data: { ...data, version: { increment: 1 } } })
  if (count === 0) throw new AppError('CONFLICT', 'This comment changed at the same moment. Reload to see the change.')
}

// The people a comment may mention: the workspace's current members.
export async function findMembers(tx: Pick<Tx, 'membership'>, workspaceId: string) {
  const memberships = await tx.membership.findMany({ where: { workspaceId }, select: { user: { select: { id: true, email: true, name: true } } } })
  return memberships.map((membership) => membership.user)
}

// A comment as an inbox line: its first words, on one line.
export function excerpt(body: string, max = 120): string {
  const line = body.replace(/\s+/g, ' ').trim()
  return line.length > max ? `${line.slice(0, max - 1)}…` : line
}

export function displayName(user: { name: string | null; email: string }): string {
  return user.name || user.email
}
