import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { can } from '@/lib/auth/roles'
import { getDb } from '@/lib/db/client'
import { afterTimePosition, takePage, timeOrder } from '@/lib/pagination/keyset'
import { DEFAULT_PAGE_SIZE, encodeTimeCursor, ZPageParams } from '@/lib/pagination/page-cursor'
import { ZId, parseInput } from '@/lib/validation'

const ZFindMembers = z.object({ workspaceId: ZId, ...ZPageParams })

// Members of a workspace, oldest first, a page at a time (keyset on createdAt, id); any
// member may see who else is in it.
export async function findMembers({ actor, ...input }: { actor: Actor } & Record<string, unknown>) {
  const { workspaceId, cursor, limit = DEFAULT_PAGE_SIZE } = parseInput(ZFindMembers, input)
  const db = getDb()
  const { role } = await requireWorkspaceAccess(db, actor, workspaceId, 'workspace.read')
  const fetched = await db.membership.findMany({
    where: { workspaceId, ...afterTimePosition('createdAt', 'asc', cursor) },
    select: { id: true, role: true, createdAt: true, user: { select: { id: true, email: true, name: true } } },
    orderBy: timeOrder('createdAt', 'asc'),
    take: limit + 1,
  })
  const { rows: members, nextCursor } = takePage(fetched, limit, (member) => encodeTimeCursor({ at: member.createdAt, id: member.id }))
  return { members, nextCursor, canManage: can(role, 'workspace.manageMembers') }
}

// Pending invitations, oldest first, a page at a time. They are addresses of people who
// are not members: only those who manage members see them; anyone else gets none.
export async function findInvitations({ actor, ...input }: { actor: Actor } & Record<string, unknown>) {
  const { workspaceId, cursor, limit = DEFAULT_PAGE_SIZE } = parseInput(ZFindMembers, input)
  const db = getDb()
  const { role } = await requireWorkspaceAccess(db, actor, workspaceId, 'workspace.read')
  if (!can(role, 'workspace.manageMembers')) return { invitations: [], nextCursor: null }
  const fetched = await db.invitation.findMany({
    where: { workspaceId, acceptedAt: null, revokedAt: null, ...afterTimePosition('createdAt', 'asc', cursor) },
    select: { id: true, email: true, role: true, createdAt: true, expiresAt: true, lastSentAt: true },
    orderBy: timeOrder('createdAt', 'asc'),
    take: limit + 1,
  })
  const { rows, nextCursor } = takePage(fetched, limit, (invitation) => encodeTimeCursor({ at: invitation.createdAt, id: invitation.id }))
  const now = Date.now()
  return { invitations: rows.map((invitation) => ({ ...invitation, isExpired: invitation.expiresAt.getTime() <= now })), nextCursor }
}
