import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb } from '@/lib/db/client'
import { preparedQuery } from '@/lib/db/prepared-query'
import { ZId, parseInput } from '@/lib/validation'

export interface AppHeaderData {
  // The actor's workspaces for the switcher, personal workspace first.
  workspaces: { id: string; name: string }[]
  // Unread notifications in this workspace, for the inbox badge.
  unreadCount: number
}

// Every signed-in page's header: one prepared statement (lib/db/prepared-query.ts).
const selectAppHeader = preparedQuery<AppHeaderData>(
  'find_app_header',
  `SELECT coalesce((SELECT json_agg(json_build_object('id', w.id, 'name', w.name) ORDER BY w."isPersonal" DESC, m."createdAt")
                      FROM "Membership" m JOIN "Workspace" w ON w.id = m."workspaceId" WHERE m."userId" = $1), '[]') AS workspaces,
          (SELECT count(*)::int FROM "Notification" WHERE "workspaceId" = $2 AND "userId" = $1 AND "readAt" IS NULL) AS "unreadCount"`,
)

// Throws NOT_FOUND for a workspace the actor is not a member of.
export async function findAppHeader({ actor, workspaceId }: { actor: Actor; workspaceId: unknown }): Promise<AppHeaderData> {
  const id = parseInput(ZId, workspaceId)
  await requireWorkspaceAccess(getDb(), actor, id, 'workspace.read')
  const [header] = await selectAppHeader([actor.id, id])
  return header!
}
