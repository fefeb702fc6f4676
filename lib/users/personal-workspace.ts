import 'server-only'
import type { Tx } from '@/lib/db/client'

// Account events (sign-up, verification, password changes) are logged in the user's
// personal workspace, the one place that is only theirs.
export async function personalWorkspaceId(tx: Tx, userId: string): Promise<string> {
  const membership = await tx.membership.findFirstOrThrow({ where: { userId, role: 'OWNER', workspace: { isPersonal: true } }, select: { workspaceId: true }, orderBy: { createdAt: 'asc' } })
  return membership.workspaceId
}
