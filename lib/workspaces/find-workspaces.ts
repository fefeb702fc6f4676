import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import type { Role } from '@/lib/db/generated/enums'
import { preparedQuery } from '@/lib/db/prepared-query'

export interface WorkspaceSummary {
  id: string
  name: string
  isPersonal: boolean
  role: Role
  documentCount: number
  memberCount: number
}

// The home page and GET /api/workspaces (the header reads its own, lighter list: find-app-header.ts).
const selectWorkspaces = preparedQuery<WorkspaceSummary>(
  'find_workspaces',
  `SELECT w.id, w.name, w."isPersonal", m.role,
          (SELECT count(*)::int FROM "Document" d WHERE d."workspaceId" = w.id AND d."archivedAt" IS NULL) AS "documentCount",
          (SELECT count(*)::int FROM "Membership" o WHERE o."workspaceId" = w.id) AS "memberCount"
     FROM "Membership" m JOIN "Workspace" w ON w.id = m."workspaceId"
    WHERE m."userId" = $1
    ORDER BY w."isPersonal" DESC, m."createdAt"`,
)

// The workspaces the actor belongs to, with their role; personal workspace first.
export async function findWorkspaces({ actor }: { actor: Actor }): Promise<WorkspaceSummary[]> {
  return selectWorkspaces([actor.id])
}
