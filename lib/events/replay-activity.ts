import 'server-only'
import { ACTIVITY_SELECT, toActivityView, type ActivityView } from '@/lib/activity/activity-view'
import { getDb } from '@/lib/db/client'

// A client that missed more than this reloads the page instead of replaying.
export const REPLAY_LIMIT = 500

export interface MissedActivity {
  events: ActivityView[]
  // More than REPLAY_LIMIT were missed: the client must reload.
  isTruncated: boolean
}

// What a document's viewer missed since `afterId`, oldest first. The caller has
// authorized the viewer for this document.
export async function findMissedActivity({ workspaceId, documentId, afterId, limit = REPLAY_LIMIT }: { workspaceId: string; documentId: string; afterId: bigint; limit?: number }): Promise<MissedActivity> {
  const rows = await getDb().activityEvent.findMany({
    where: { workspaceId, documentId, id: { gt: afterId } },
    orderBy: { id: 'asc' },
    take: limit + 1,
    select: ACTIVITY_SELECT,
  })
  return { events: rows.slice(0, limit).map(toActivityView), isTruncated: rows.length > limit }
}

export async function latestActivityId(workspaceId: string, documentId: string): Promise<bigint> {
  const latest = await getDb().activityEvent.findFirst({ where: { workspaceId, documentId }, orderBy: { id: 'desc' }, select: { id: true } })
  return latest?.id ?? 0n
}

const CACHE_SIZE = 256
const cache = new Map<string, Promise<ActivityView | null>>()

// One announced event, read once per process however many streams show it.
export function loadAnnouncedActivity(id: string, workspaceId: string, documentId: string): Promise<ActivityView | null> {
  const key = `${workspaceId}:${documentId}:${id}`
  let view = cache.get(key)
  if (!view) {
    view = getDb()
      .activityEvent.findFirst({ where: { id: BigInt(id), workspaceId, documentId }, select: ACTIVITY_SELECT })
      .then((row) => (row ? toActivityView(row) : null))
    view.catch(() => cache.delete(key))
    cache.set(key, view)
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!)
  }
  return view
}
