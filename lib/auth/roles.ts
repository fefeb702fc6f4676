// The permission table. Anything not listed here is denied.
import type { Role } from '@/lib/db/generated/enums'

export const ROLES = ['OWNER', 'EDITOR', 'REVIEWER', 'VIEWER'] as const satisfies readonly Role[]

export type Permission =
  | 'workspace.read'
  | 'workspace.manageMembers'
  | 'document.create'
  | 'document.edit'
  | 'claim.edit'
  // rate claims, comment, add sources and evidence
  | 'claim.review'
  // publish reports and manage their public share links
  | 'report.publish'

const PERMISSIONS: Record<Role, readonly Permission[]> = {
  OWNER: ['workspace.read', 'workspace.manageMembers', 'document.create', 'document.edit', 'claim.edit', 'claim.review', 'report.publish'],
  EDITOR: ['workspace.read', 'document.create', 'document.edit', 'claim.edit', 'claim.review', 'report.publish'],
  REVIEWER: ['workspace.read', 'claim.review'],
  VIEWER: ['workspace.read'],
}

export function can(role: Role | undefined, permission: Permission): boolean {
  if (!role) return false
  return PERMISSIONS[role]?.includes(permission) ?? false
}

export const ROLE_LABELS: Record<Role, string> = {
  OWNER: 'Owner',
  EDITOR: 'Editor',
  REVIEWER: 'Reviewer',
  VIEWER: 'Viewer',
}
