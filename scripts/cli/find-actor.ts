import type { Actor } from '@/lib/auth/actor'
import { getDb } from '@/lib/db/client'

// Who a command acts as: the member named by --user (or --as), or else the workspace's
// first owner. The services then check that member's role like any request's.
export async function findActor(workspaceId: string, email: string | undefined): Promise<Actor> {
  const membership = await getDb().membership.findFirst({
    where: { workspaceId, ...(email ? { user: { email: email.toLowerCase() } } : { role: 'OWNER' }) },
    orderBy: { createdAt: 'asc' },
    select: { user: { select: { id: true, email: true, name: true } } },
  })
  if (!membership) throw new Error(email ? `${email} is not a member of workspace ${workspaceId}` : `workspace ${workspaceId} not found`)
  return membership.user
}
