import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb } from '@/lib/db/client'
import { ZId, parseInput } from '@/lib/validation'

// Members and pending invitations of a workspace; any member may see who else is in it.
export async function findMembers({ actor, workspaceId }: { actor: Actor; workspaceId: unknown }) {
  const id = parseInput(ZId, workspaceId)
  const db = getDb()
  await requireWorkspaceAccess(db, actor, id, 'workspace.read')
  const [members, invitations] = await Promise.all([
    db.membership.findMany({
      where: { workspaceId: id },
      select: { id: true, role: true, createdAt: true, user: { select: { id: true, email: true, name: true } } },
      orderBy: { createdAt: 'asc' },
    }),
    db.invitation.findMany({
      where: { workspaceId: id, acceptedAt: null, revokedAt: null },
      select: { id: true, email: true, role: true, createdAt: true },
      orderBy: { createdAt: 'asc' },
    }),
  ])
  return { members, invitations }
}
