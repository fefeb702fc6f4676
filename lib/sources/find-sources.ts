import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb } from '@/lib/db/client'
import { parseInput } from '@/lib/validation'
import { ZFindSources } from './schemas'

export const MAX_LISTED_SOURCES = 500

// The workspace's source library, newest first, with how often each is cited;
// `query` filters by title or URL, ignoring case. At most MAX_LISTED_SOURCES: a search
// narrows a larger library.
export async function findSources({ actor, ...input }: { actor: Actor } & Record<string, unknown>) {
  const { workspaceId, query } = parseInput(ZFindSources, input)
  return getDb().$transaction(async (tx) => {
    await requireWorkspaceAccess(tx, actor, workspaceId, 'workspace.read')
    const match = query ? { contains: query, mode: 'insensitive' as const } : undefined
    const sources = await tx.source.findMany({
      where: { workspaceId, ...(match && { OR: [{ title: match }, { url: match }] }) },
      include: { _count: { select: { evidence: { where: { removedAt: null } } } } },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: MAX_LISTED_SOURCES,
    })
    return sources.map(({ _count, ...source }) => ({ ...source, evidenceCount: _count.evidence, isRetracted: source.retractedAt !== null }))
  })
}
