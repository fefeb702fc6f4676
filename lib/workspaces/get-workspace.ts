import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import { ZId, parseInput } from '@/lib/validation'

// Throws NOT_FOUND for workspaces the actor is not a member of.
export async function getWorkspaceById({ actor, workspaceId }: { actor: Actor; workspaceId: unknown }) {
  const id = parseInput(ZId, workspaceId)
  const db = getDb()
  const { role } = await requireWorkspaceAccess(db, actor, id, 'workspace.read')
  const workspace = await db.workspace.findUnique({ where: { id }, select: { id: true, name: true, isPersonal: true, createdAt: true } })
  if (!workspace) throw new AppError('NOT_FOUND', 'Workspace not found')
  return { ...workspace, role }
}
