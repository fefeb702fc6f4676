import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb } from '@/lib/db/client'
import { ZId, parseInput } from '@/lib/validation'

export async function findDocuments({ actor, workspaceId }: { actor: Actor; workspaceId: unknown }) {
  const id = parseInput(ZId, workspaceId)
  const db = getDb()
  await requireWorkspaceAccess(db, actor, id, 'workspace.read')
  return db.document.findMany({
    where: { workspaceId: id, archivedAt: null },
    select: {
      id: true,
      title: true,
      author: true,
      publisher: true,
      publishedAt: true,
      createdAt: true,
      createdBy: { select: { name: true, email: true } },
    },
    orderBy: { createdAt: 'desc' },
  })
}
