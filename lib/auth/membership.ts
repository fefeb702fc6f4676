import 'server-only'
import type { Tx } from '@/lib/db/client'
import type { Role } from '@/lib/db/generated/enums'
import { AppError } from '@/lib/errors'
import type { Actor } from './actor'
import { can, type Permission } from './roles'

export interface WorkspaceAccess {
  workspaceId: string
  role: Role
}

// The one authorization check. A workspace the actor does not belong to is reported
// as not found, so guessing ids reveals nothing about other workspaces. The roles read
// with the actor at the start of the request answer it when present.
export async function requireWorkspaceAccess(
  tx: Pick<Tx, 'membership'>,
  actor: Actor,
  workspaceId: string,
  permission: Permission,
): Promise<WorkspaceAccess> {
  const role = actor.roles
    ? actor.roles.get(workspaceId)
    : (await tx.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId: actor.id } }, select: { role: true } }))?.role
  if (!role) throw new AppError('NOT_FOUND', 'Workspace not found')
  if (!can(role, permission)) {
    throw new AppError('FORBIDDEN', `Your role (${role.toLowerCase()}) does not allow this in this workspace`)
  }
  return { workspaceId, role }
}
