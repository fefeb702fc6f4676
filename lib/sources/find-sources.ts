import 'server-only'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb } from '@/lib/db/client'
import { afterTimePosition, takePage, timeOrder } from '@/lib/pagination/keyset'
import { DEFAULT_PAGE_SIZE, encodeTimeCursor } from '@/lib/pagination/page-cursor'
import { parseInput } from '@/lib/validation'
import { ZFindSources } from './schemas'

// The workspace's source library, newest first, a page at a time (keyset on createdAt,
// id), with how often each is cited; `query` filters by title or URL, ignoring case.
export async function findSources({ actor, ...input }: { actor: Actor } & Record<string, unknown>) {
  const { workspaceId, query, cursor, limit = DEFAULT_PAGE_SIZE } = parseInput(ZFindSources, input)
  const db = getDb()
  await requireWorkspaceAccess(db, actor, workspaceId, 'workspace.read')
  const match = query ? { contains: query, mode: 'insensitive' as const } : undefined
  const fetched = await db.source.findMany({
    where: { workspaceId, AND: [match ? { OR: [{ title: match }, { url: match }] } : {}, afterTimePosition('createdAt', 'desc', cursor)] },
    include: { _count: { select: { evidence: { where: { removedAt: null } } } } },
    orderBy: timeOrder('createdAt', 'desc'),
    take: limit + 1,
  })
  const { rows, nextCursor } = takePage(fetched, limit, (source) => encodeTimeCursor({ at: source.createdAt, id: source.id }))
  const sources = rows.map(({ _count, ...source }) => ({ ...source, evidenceCount: _count.evidence, isRetracted: source.retractedAt !== null }))
  return { sources, nextCursor }
}
