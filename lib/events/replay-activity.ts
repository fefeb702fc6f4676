import 'server-only'
import { ACTIVITY_SELECT, toActivityView, type ActivityView } from '@/lib/activity/activity-view'
import { getDb } from '@/lib/db/client'
import { LiveCursor } from './live-cursor'

// A client that missed more than this reloads the page instead of replaying.
export const REPLAY_LIMIT = 500

const LIVE_SELECT = { ...ACTIVITY_SELECT, xactId: true }

export interface LiveActivity {
  view: ActivityView
  // The writing transaction's id (see live-cursor.ts).
  xactId: bigint
}

export interface MissedActivity {
  events: LiveActivity[]
  // More than REPLAY_LIMIT were missed: the client must reload.
  isTruncated: boolean
}

// What a document's viewer at `cursor` has not been sent, oldest first, and the
// horizon the cursor may move to once they are. The caller has authorized the viewer.
export async function findActivitySince({ workspaceId, documentId, cursor, limit = REPLAY_LIMIT }: { workspaceId: string; documentId: string; cursor: LiveCursor; limit?: number }): Promise<MissedActivity & { horizon: bigint }> {
  // Read before the rows, so from an older snapshot: what it says has ended, the
  // rows' (newer) snapshot sees.
  const horizon = await readHorizon()
  const rows = await getDb().activityEvent.findMany({
    where: { workspaceId, documentId, xactId: { gte: cursor.horizon } },
    orderBy: { id: 'asc' },
    // The delivered ones come back too, with their xactIds, which the client's cursor lacks.
    take: limit + cursor.size + 1,
    select: LIVE_SELECT,
  })
  const missed = rows.filter((row) => {
    if (!cursor.has(row.id.toString())) return true
    cursor.add(row.id.toString(), row.xactId)
    return false
  })
  return { events: missed.slice(0, limit).map(toLiveActivity), isTruncated: missed.length > limit, horizon }
}

// A viewer who starts now, or reloads: whatever is visible counts as seen.
export async function currentCursor(workspaceId: string, documentId: string): Promise<LiveCursor> {
  // One statement, one snapshot: the ids are exactly the visible rows at or above its horizon.
  const [row] = await getDb().$queryRaw<{ horizon: string; ids: { id: string; xactId: string }[] | null }[]>`
    WITH snapshot AS (SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS horizon)
    SELECT snapshot.horizon::text AS horizon,
      (SELECT json_agg(json_build_object('id', e.id::text, 'xactId', e."xactId"::text)) FROM "ActivityEvent" e
        WHERE e."workspaceId" = ${workspaceId} AND e."documentId" = ${documentId} AND e."xactId" >= snapshot.horizon) AS ids
    FROM snapshot`
  const cursor = new LiveCursor(BigInt(row!.horizon))
  for (const { id, xactId } of row!.ids ?? []) cursor.add(id, BigInt(xactId))
  return cursor
}

// A plain event id (the page's newest when it rendered): what came after it by id.
// Rows below it committed after the page was rendered cannot be told from those it
// showed; the cursor the stream then sends covers everything from there on.
export async function findActivityAfterId({ workspaceId, documentId, afterId, limit = REPLAY_LIMIT }: { workspaceId: string; documentId: string; afterId: bigint; limit?: number }): Promise<MissedActivity> {
  const rows = await getDb().activityEvent.findMany({
    where: { workspaceId, documentId, id: { gt: afterId } },
    orderBy: { id: 'asc' },
    take: limit + 1,
    select: LIVE_SELECT,
  })
  return { events: rows.slice(0, limit).map(toLiveActivity), isTruncated: rows.length > limit }
}

async function readHorizon(): Promise<bigint> {
  const [row] = await getDb().$queryRaw<{ horizon: string }[]>`SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS horizon`
  return BigInt(row!.horizon)
}

function toLiveActivity(row: Parameters<typeof toActivityView>[0] & { xactId: bigint }): LiveActivity {
  return { view: toActivityView(row), xactId: row.xactId }
}

const CACHE_SIZE = 256
const cache = new Map<string, Promise<LiveActivity | null>>()

// One announced event, read once per process however many streams show it.
export function loadAnnouncedActivity(id: string, workspaceId: string, documentId: string): Promise<LiveActivity | null> {
  const key = `${workspaceId}:${documentId}:${id}`
  let loaded = cache.get(key)
  if (!loaded) {
    loaded = getDb()
      .activityEvent.findFirst({ where: { id: BigInt(id), workspaceId, documentId }, select: LIVE_SELECT })
      .then((row) => (row ? toLiveActivity(row) : null))
    loaded.catch(() => cache.delete(key))
    cache.set(key, loaded)
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!)
  }
  return loaded
}
