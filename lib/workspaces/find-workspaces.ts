import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { getDb } from '@/lib/db/client'

// The workspaces the actor belongs to, with their role; personal workspace first.
export async function findWorkspaces({ actor }: { actor: Actor }) {
  const memberships = await getDb().membership.findMany({
    where: { userId: actor.id },
    select: { role: true, workspace: { select: { id: true, name: true, isPersonal: true, _count: { select: { documents: { where: { archivedAt: null } }, memberships: true } } } } },
    orderBy: [{ workspace: { isPersonal: 'desc' } }, { createdAt: 'asc' }],
  })
  return memberships.map(({ role, workspace }) => ({
    id: workspace.id,
    name: workspace.name,
    isPersonal: workspace.isPersonal,
    role,
    documentCount: workspace._count.documents,
    memberCount: workspace._count.memberships,
  }))
}
