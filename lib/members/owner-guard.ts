import 'server-only'
import type { Tx } from '@/lib/db/client'
import { AppError } from '@/lib/errors'

// Looks the membership up inside the workspace, so an id from another workspace is not found.
export async function getMembershipInWorkspace(tx: Tx, workspaceId: string, membershipId: string) {
  const membership = await tx.membership.findFirst({
    where: { id: membershipId, workspaceId },
    include: { user: { select: { email: true } } },
  })
  if (!membership) throw new AppError('NOT_FOUND', 'Member not found in this workspace')
  return membership
}

// A workspace always keeps at least one owner. The owner rows are locked so two
// concurrent demotions cannot both pass the check.
export async function assertOwnerRemains(tx: Tx, workspaceId: string, change: 'demote' | 'remove'): Promise<void> {
  const owners = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Membership" WHERE "workspaceId" = ${workspaceId} AND role = 'OWNER' FOR UPDATE`
  if (owners.length <= 1) {
    throw new AppError('CONFLICT', `Cannot ${change} the last owner: make another member an owner first`)
  }
}
