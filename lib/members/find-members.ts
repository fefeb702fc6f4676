import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { can } from '@/lib/auth/roles'
import { getDb } from '@/lib/db/client'
import { ZId, parseInput } from '@/lib/validation'

// Members of a workspace; any member may see who else is in it. Pending invitations
// (addresses of people who are not members) only for those who manage members.
export async function findMembers({ actor, workspaceId }: { actor: Actor; workspaceId: unknown }) {
  const id = parseInput(ZId, workspaceId)
  const db = getDb()
  const { role } = await requireWorkspaceAccess(db, actor, id, 'workspace.read')
  const canManage = can(role, 'workspace.manageMembers')
  const [members, invitations] = await Promise.all([
    db.membership.findMany({
      where: { workspaceId: id },
      select: { id: true, role: true, createdAt: true, user: { select: { id: true, email: true, name: true } } },
      orderBy: { createdAt: 'asc' },
    }),
    canManage
      ? db.invitation.findMany({
          where: { workspaceId: id, acceptedAt: null, revokedAt: null },
          select: { id: true, email: true, role: true, createdAt: true, expiresAt: true, lastSentAt: true },
          orderBy: { createdAt: 'asc' },
        })
      : Promise.resolve([]),
  ])
  const now = Date.now()
  return { members, invitations: invitations.map((invitation) => ({ ...invitation, isExpired: invitation.expiresAt.getTime() <= now })), canManage }
}
