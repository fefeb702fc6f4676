import 'server-only'
import { recordActivity } from '@/lib/activity/record-activity'
import type { Actor } from '@/lib/auth/actor'
import { getDb } from '@/lib/db/client'
import { parseInput } from '@/lib/validation'
import { ZCreateWorkspace } from './schemas'

export async function createWorkspace({ actor, ...input }: { actor: Actor } & Record<string, unknown>) {
  const { name } = parseInput(ZCreateWorkspace, input)
  return getDb().$transaction(async (tx) => {
    const workspace = await tx.workspace.create({
      data: { name, memberships: { create: { userId: actor.id, role: 'OWNER' } } },
    })
    await recordActivity(tx, { workspaceId: workspace.id, actorId: actor.id, subjectType: 'Workspace', subjectId: workspace.id, action: 'workspace.created', after: { name } })
    return workspace
  })
}
