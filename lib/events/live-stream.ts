import 'server-only'
import { randomUUID } from 'node:crypto'
import { z } from 'zod'
import type { Actor } from '@/lib/auth/actor'
import { requireWorkspaceAccess } from '@/lib/auth/membership'
import { getDb } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import { parseInput, ZId } from '@/lib/validation'
import { announcePresence, currentViewers, subscribe, whenListening } from './activity-listener'
import type { ActivityAnnouncement, LiveMessage, PresenceAnnouncement } from './announcements'
import { LiveCursor, parseLastEventId, type LastEventId } from './live-cursor'
import { currentCursor, findActivityAfterId, findActivitySince, loadAnnouncedActivity, type LiveActivity, type MissedActivity } from './replay-activity'
import { sseComment, sseEvent } from './sse-format'

export const HEARTBEAT_MS = 15_000
const SENT_IDS_KEPT = 2_000

const ZLiveRequest = z.object({ workspaceId: ZId, documentId: ZId })

export interface LiveStreamOptions {
  actor: Actor
  workspaceId: string
  documentId: string
  // The cursor of the last event the client has (live-cursor.ts), or a plain event id:
  // what it has not been sent is replayed first.
  lastEventId?: string | null
  signal: AbortSignal
  heartbeatMs?: number
}

// The live feed of one document as server-sent events. Authorization happens before
// the response starts, so a stranger gets an ordinary 404.
export async function openLiveStream({ actor, signal, lastEventId, heartbeatMs = HEARTBEAT_MS, ...input }: LiveStreamOptions): Promise<Response> {
  const { workspaceId, documentId } = parseInput(ZLiveRequest, input)
  const db = getDb()
  await requireWorkspaceAccess(db, actor, workspaceId, 'workspace.read')
  const document = await db.document.findFirst({ where: { id: documentId, workspaceId, archivedAt: null }, select: { id: true } })
  if (!document) throw new AppError('NOT_FOUND', 'Document not found')

  // The stream outlives the request: later checks read the membership and the session afresh.
  const liveActor = { id: actor.id, email: actor.email, name: actor.name, sessionVersion: actor.sessionVersion }
  const connection = new LiveConnection({ actor: liveActor, workspaceId, documentId, heartbeatMs, lastEventId: parseLastEventId(lastEventId) })
  const stream = new ReadableStream<Uint8Array>({
    start: (controller) => connection.start(controller, signal),
    cancel: () => connection.close(),
  })
  return new Response(stream, {
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      // no-transform: compression would hold events back in its buffer.
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    },
  })
}

const encoder = new TextEncoder()

class LiveConnection {
  private readonly connectionId = randomUUID()
  private controller: ReadableStreamDefaultController<Uint8Array> | null = null
  private isClosed = false
  private isReplaying = true
  private buffered: ActivityAnnouncement[] = []
  // Ids already sent: a replay and the live feed may both carry an event.
  private readonly sentIds = new Set<string>()
  private cursor = new LiveCursor(0n)
  private queue: Promise<void> = Promise.resolve()
  private unsubscribe: (() => void) | null = null
  private heartbeat: NodeJS.Timeout | null = null

  constructor(private readonly options: { actor: Actor; workspaceId: string; documentId: string; heartbeatMs: number; lastEventId: LastEventId }) {}

  async start(controller: ReadableStreamDefaultController<Uint8Array>, signal: AbortSignal): Promise<void> {
    this.controller = controller
    if (signal.aborted) return this.close()
    signal.addEventListener('abort', () => this.close(), { once: true })
    const { workspaceId, documentId, lastEventId } = this.options
    // Subscribe before reading the database, buffering, so that nothing committed
    // between the replay's read and the live feed falls through the gap.
    this.unsubscribe = subscribe(workspaceId, documentId, (message) => this.onMessage(message))
    try {
      await whenListening()
      this.write(sseComment('connected') + 'retry: 1000\n\n')
      await this.replay(lastEventId)
    } catch (error) {
      console.error('[claimtrack] live stream failed to start', error)
      return this.close()
    }
    this.isReplaying = false
    for (const announcement of this.buffered) this.enqueue(() => this.sendAnnounced(announcement))
    this.buffered = []
    this.write(sseEvent('presence', { viewers: currentViewers(documentId) }))
    void this.announce('join')
    this.heartbeat = setInterval(() => {
      this.write(sseComment('heartbeat'))
      void this.announce('heartbeat')
      void this.closeIfAccessEnded()
      // Moves the cursor's horizon on (keeping the ids it carries few), and delivers
      // whatever an announcement failed to bring.
      if (this.cursor.size > 0) this.enqueue(() => this.catchUp())
    }, this.options.heartbeatMs)
  }

  close(): void {
    if (this.isClosed) return
    this.isClosed = true
    if (this.heartbeat) clearInterval(this.heartbeat)
    this.unsubscribe?.()
    if (!this.isReplaying) void this.announce('leave')
    try {
      this.controller?.close()
    } catch {
      // already closed by the client going away
    }
  }

  private onMessage(message: LiveMessage): void {
    if (this.isClosed) return
    if (message.type === 'activity') {
      if (this.isReplaying) this.buffered.push(message.announcement)
      else this.enqueue(() => this.sendAnnounced(message.announcement))
    } else if (message.type === 'presence') {
      // During the replay a viewer list would arrive before the events it follows; the
      // current one is sent as soon as the replay ends.
      if (!this.isReplaying) this.write(sseEvent('presence', { viewers: message.viewers }))
    } else if (message.type === 'presenceRequested') {
      if (!this.isReplaying) void this.announce('heartbeat')
    } else if (!this.isReplaying) {
      // The listener lost its connection for a while: catch up from the database.
      this.enqueue(() => this.catchUp())
    }
  }

  // Someone removed from the workspace, or whose session ended (password changed,
  // signed out everywhere), stops receiving its changes at the next heartbeat.
  private async closeIfAccessEnded(): Promise<void> {
    const { actor, workspaceId } = this.options
    const sameSession = actor.sessionVersion === undefined ? {} : { user: { sessionVersion: actor.sessionVersion } }
    const membership = await getDb()
      .membership.findFirst({ where: { workspaceId, userId: actor.id, ...sameSession }, select: { id: true } })
      .catch(() => ({ id: 'unknown' })) // a database hiccup is not a removal
    if (!membership) this.close()
  }

  // Events go out one after another, in the order they were announced.
  private enqueue(task: () => Promise<void>): void {
    this.queue = this.queue.then(task).catch((error: unknown) => console.error('[claimtrack] live event failed', error))
  }

  private async replay(lastEventId: LastEventId): Promise<void> {
    const { workspaceId, documentId } = this.options
    if (lastEventId?.kind === 'cursor') {
      this.cursor = lastEventId.cursor
      return this.catchUp()
    }
    // Read before the replay by id: whatever this cursor cannot see yet, the next catch-up will.
    this.cursor = await currentCursor(workspaceId, documentId)
    if (lastEventId?.kind === 'legacy') await this.sendMissed(await findActivityAfterId({ workspaceId, documentId, afterId: lastEventId.id }))
  }

  private async catchUp(): Promise<void> {
    if (this.isClosed) return
    const { workspaceId, documentId } = this.options
    const missed = await findActivitySince({ workspaceId, documentId, cursor: this.cursor })
    if (await this.sendMissed(missed)) this.cursor.advanceTo(missed.horizon)
  }

  // False when too much was missed: the client is told to reload, from a fresh cursor.
  private async sendMissed(missed: MissedActivity): Promise<boolean> {
    if (!missed.isTruncated) {
      for (const event of missed.events) this.sendView(event)
      return true
    }
    this.cursor = await currentCursor(this.options.workspaceId, this.options.documentId)
    this.write(sseEvent('reset', { reason: 'Too much changed while you were away: reload the page.' }, this.cursor.encode()))
    return false
  }

  private async sendAnnounced(announcement: ActivityAnnouncement): Promise<void> {
    if (this.sentIds.has(announcement.id)) return
    const loaded = await loadAnnouncedActivity(announcement.id, announcement.workspaceId, this.options.documentId)
    if (loaded) this.sendView(loaded)
    else this.sendActivity(announcement, { summary: 'changed something', actorName: null, at: null })
  }

  private sendView({ view, xactId }: LiveActivity): void {
    if (this.sentIds.has(view.id)) return
    this.cursor.add(view.id, xactId)
    const { id, workspaceId, documentId, claimId, action, actorId } = view
    this.sendActivity({ id, workspaceId, documentId, claimId, action, actorId }, { summary: view.summary, actorName: view.actorName, at: view.at })
  }

  private sendActivity(announcement: ActivityAnnouncement, extra: { summary: string; actorName: string | null; at: string | null }): void {
    this.sentIds.add(announcement.id)
    if (this.sentIds.size > SENT_IDS_KEPT) this.sentIds.delete(this.sentIds.values().next().value!)
    this.write(sseEvent('activity', { ...announcement, ...extra }, this.cursor.encode()))
  }

  private announce(kind: PresenceAnnouncement['kind']): Promise<void> {
    const { actor, workspaceId, documentId } = this.options
    return announcePresence({ kind, userId: actor.id, name: actor.name ?? actor.email, workspaceId, documentId, connectionId: this.connectionId })
  }

  private write(text: string): void {
    if (this.isClosed || !this.controller) return
    try {
      this.controller.enqueue(encoder.encode(text))
    } catch {
      this.close()
    }
  }
}
