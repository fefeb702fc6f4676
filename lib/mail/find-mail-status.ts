import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb } from '@/lib/db/client'
import { ZId, parseInput } from '@/lib/validation'
import { readMailConfig } from './mail-config'

// For the owner's settings page: is mail configured, and what of this workspace's mail
// is still waiting or gave up (SMTP down, a bad address).
export async function findMailStatus({ actor, workspaceId }: { actor: Actor; workspaceId: unknown }) {
  const id = parseInput(ZId, workspaceId)
  const db = getDb()
  await requireWorkspaceAccess(db, actor, id, 'workspace.manageMembers')
  const config = readMailConfig()
  const unsent = await db.mailMessage.findMany({
    where: { workspaceId: id, status: { in: ['PENDING', 'FAILED'] } },
    select: { id: true, kind: true, to: true, status: true, attempts: true, lastError: true, createdAt: true },
    orderBy: { createdAt: 'desc' },
    take: 20,
  })
  return { mode: config.mode, directory: config.mode === 'files' ? config.directory : undefined, unsent }
}
