import 'server-only'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import { parseInput, ZId } from '@/lib/validation'

const ZMarkRead = z
  .object({
    workspaceId: ZId,
    ids: z.array(ZId, { error: 'must be a list of notification ids' }).min(1, 'must name at least one notification').max(200, 'can mark at most 200 at once').optional(),
    all: z.literal(true, { error: 'must be true' }).optional(),
  })
  .refine((input) => (input.ids === undefined) !== (input.all === undefined), { path: ['ids'], message: 'send either ids or all: true' })

// Marks my notifications read: the listed ones, or all of mine in this workspace.
// Someone else's id is not found, as if it did not exist, and then nothing is marked.
export async function markNotificationsRead({ actor, ...input }: { actor: Actor } & Record<string, unknown>): Promise<{ unreadCount: number }> {
  const { workspaceId, ids } = parseInput(ZMarkRead, input)
  const db = getDb()
  await requireWorkspaceAccess(db, actor, workspaceId, 'workspace.read')
  const mine = { workspaceId, userId: actor.id }
  return db.$transaction(async (tx) => {
    if (ids) {
      const unique = [...new Set(ids)]
      const found = await tx.notification.count({ where: { ...mine, id: { in: unique } } })
      if (found !== unique.length) throw new AppError('NOT_FOUND', 'Notification not found', [{ field: 'ids', message: 'names a notification that is not yours or does not exist' }])
    }
    // Already-read ones keep the time they were first read.
    await tx.notification.updateMany({ where: { ...mine, readAt: null, ...(ids ? { id: { in: ids } } : {}) }, data: { readAt: new Date() } })
    return { unreadCount: await tx.notification.count({ where: { ...mine, readAt: null } }) }
  })
}
