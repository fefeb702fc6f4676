import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb } from '@/lib/db/client'
import { isoTime, preparedQuery } from '@/lib/db/prepared-query'
import { AppError } from '@/lib/errors'
import { ZId, parseInput } from '@/lib/validation'

// Throws NOT_FOUND for workspaces the actor is not a member of.
export async function getWorkspaceById({ actor, workspaceId }: { actor: Actor; workspaceId: unknown }) {
  const id = parseInput(ZId, workspaceId)
  const { role } = await requireWorkspaceAccess(getDb(), actor, id, 'workspace.read')
  const [workspace] = await selectWorkspace([id])
  if (!workspace) throw new AppError('NOT_FOUND', 'Workspace not found')
  return { ...workspace, createdAt: new Date(workspace.createdAt), role }
}

// Most workspace pages ask for it: a prepared statement (lib/db/prepared-query.ts).
const selectWorkspace = preparedQuery<{ id: string; name: string; isPersonal: boolean; createdAt: string }>(
  'get_workspace',
  `SELECT id, name, "isPersonal", ${isoTime('"createdAt"')} AS "createdAt" FROM "Workspace" WHERE id = $1`,
)
