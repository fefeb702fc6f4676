import 'server-only'
import { Client, type Notification } from 'pg'
import { ACTIVITY_CHANNEL } from '@/lib/activity/record-activity'
import { parseDatabaseUrl } from '@/lib/db/connection'
import { PRESENCE_CHANNEL, parseActivityAnnouncement, type ActivityAnnouncement, parsePresenceAnnouncement, type LiveMessage, type PresenceAnnouncement } from './announcements'
import { PresenceBoard } from './presence-board'

export type LiveCallback = (message: LiveMessage) => void

interface Subscriber {
  workspaceId: string
  documentId: string
  callback: LiveCallback
}

// Sees every activity announcement of every workspace, and each time the connection
// comes or goes (announcements made while it was down reach nobody).
export interface ActivityWatcher {
  onActivity: (announcement: ActivityAnnouncement) => void
  onConnectionChange: (isConnected: boolean) => void
}

const MIN_BACKOFF_MS = 250
const MAX_BACKOFF_MS = 10_000
// After the last subscriber leaves, the connection is kept this long for the next one.
const IDLE_CLOSE_MS = 5_000

// One dedicated connection per server process: LISTEN pins a connection, so it cannot
// come from the Prisma pool. Every SSE stream of this process shares it.
class ActivityListener {
  private readonly subscribers = new Set<Subscriber>()
  private readonly watchers = new Set<ActivityWatcher>()
  private readonly board = new PresenceBoard((documentId, viewers) => this.fanOut(documentId, { type: 'presence', viewers }))
  private client: Client | null = null
  private connecting: Promise<void> | null = null
  private backoffMs = MIN_BACKOFF_MS
  private retryTimer: NodeJS.Timeout | null = null
  private idleTimer: NodeJS.Timeout | null = null
  private hasConnectedBefore = false
  private presenceQueue: Promise<void> = Promise.resolve()

  subscribe(workspaceId: string, documentId: string, callback: LiveCallback): () => void {
    const subscriber = { workspaceId, documentId, callback }
    this.subscribers.add(subscriber)
    this.clearIdleTimer()
    void this.ensureConnected().catch(() => {})
    return () => {
      if (this.subscribers.delete(subscriber) && !this.isWanted()) this.scheduleIdleClose()
    }
  }

  watch(watcher: ActivityWatcher): () => void {
    this.watchers.add(watcher)
    this.clearIdleTimer()
    void this.ensureConnected().catch(() => {})
    return () => {
      if (this.watchers.delete(watcher) && !this.isWanted()) this.scheduleIdleClose()
    }
  }

  isConnected(): boolean {
    return this.client !== null
  }

  // Resolves once LISTEN is active, so whatever commits afterwards is announced to us.
  ready(): Promise<void> {
    return this.ensureConnected()
  }

  // The Postgres backend serving LISTEN (tests cut it to prove reconnection).
  backendPid(): number | null {
    return (this.client as unknown as { processID?: number } | null)?.processID ?? null
  }

  viewers(documentId: string) {
    return this.board.viewers(documentId)
  }

  // Presence travels through Postgres so that every app instance on this database sees it.
  // One query at a time on this connection (pg queues them, but warns).
  announcePresence(announcement: PresenceAnnouncement): Promise<void> {
    this.presenceQueue = this.presenceQueue.then(async () => {
      await this.client?.query('SELECT pg_notify($1, $2)', [PRESENCE_CHANNEL, JSON.stringify(announcement)]).catch(() => {})
    })
    return this.presenceQueue
  }

  async stop(): Promise<void> {
    this.subscribers.clear()
    const watchers = [...this.watchers]
    this.watchers.clear()
    for (const watcher of watchers) watcher.onConnectionChange(false)
    this.clearIdleTimer()
    if (this.retryTimer) clearTimeout(this.retryTimer)
    this.retryTimer = null
    this.board.clear()
    const client = this.client
    this.client = null
    this.connecting = null
    this.hasConnectedBefore = false
    await client?.end().catch(() => {})
  }

  private ensureConnected(): Promise<void> {
    if (this.client) return Promise.resolve()
    this.connecting ??= this.connect().finally(() => {
      this.connecting = null
    })
    return this.connecting
  }

  private async connect(): Promise<void> {
    const databaseUrl = process.env.DATABASE_URL
    if (!databaseUrl) throw new Error('DATABASE_URL is not set')
    const client = new Client({ connectionString: parseDatabaseUrl(databaseUrl).connectionString, connectionTimeoutMillis: 5_000, keepAlive: true, application_name: 'claimtrack-listener' })
    client.on('error', () => this.handleDrop(client))
    client.on('end', () => this.handleDrop(client))
    client.on('notification', (notification) => this.handleNotification(notification))
    try {
      await client.connect()
      await client.query(`LISTEN ${ACTIVITY_CHANNEL}; LISTEN ${PRESENCE_CHANNEL}`)
    } catch (error) {
      await client.end().catch(() => {})
      this.scheduleReconnect()
      throw error
    }
    // The server process stays alive for its HTTP server; a test process must not
    // stay alive for this socket alone.
    ;(client as unknown as { connection?: { stream?: { unref?: () => void } } }).connection?.stream?.unref?.()
    this.client = client
    this.backoffMs = MIN_BACKOFF_MS
    // Whatever was committed while we were disconnected was announced to nobody:
    // streams catch up from the database.
    if (this.hasConnectedBefore) for (const subscriber of [...this.subscribers]) subscriber.callback({ type: 'reconnected' })
    this.hasConnectedBefore = true
    for (const watcher of [...this.watchers]) watcher.onConnectionChange(true)
  }

  private handleDrop(client: Client): void {
    if (this.client !== client) return
    this.client = null
    client.end().catch(() => {})
    for (const watcher of [...this.watchers]) watcher.onConnectionChange(false)
    if (this.isWanted()) this.scheduleReconnect()
  }

  private scheduleReconnect(): void {
    if (this.retryTimer || !this.isWanted()) return
    const delay = this.backoffMs
    this.backoffMs = Math.min(this.backoffMs * 2, MAX_BACKOFF_MS)
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null
      if (this.isWanted()) void this.ensureConnected().catch(() => {})
    }, delay)
    this.retryTimer.unref()
  }

  private isWanted(): boolean {
    return this.subscribers.size > 0 || this.watchers.size > 0
  }

  private scheduleIdleClose(): void {
    this.clearIdleTimer()
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null
      if (!this.isWanted()) void this.stop()
    }, IDLE_CLOSE_MS)
    this.idleTimer.unref()
  }

  private clearIdleTimer(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer)
    this.idleTimer = null
  }

  private handleNotification(notification: Notification): void {
    if (notification.channel === ACTIVITY_CHANNEL) {
      const announcement = parseActivityAnnouncement(notification.payload)
      // Watchers first: a stream told of a change must not then read a cache that predates it.
      if (announcement) for (const watcher of [...this.watchers]) watcher.onActivity(announcement)
      if (announcement?.documentId) this.fanOut(announcement.documentId, { type: 'activity', announcement }, announcement.workspaceId)
    } else if (notification.channel === PRESENCE_CHANNEL) {
      const presence = parsePresenceAnnouncement(notification.payload)
      if (presence) this.handlePresence(presence)
    }
  }

  private handlePresence(presence: PresenceAnnouncement): void {
    this.board.apply(presence)
    // Someone new arrived (perhaps on another instance): our viewers of that document
    // say they are here at once, instead of at their next heartbeat.
    if (presence.kind === 'join') this.fanOut(presence.documentId, { type: 'presenceRequested' }, presence.workspaceId)
  }

  private fanOut(documentId: string, message: LiveMessage, workspaceId?: string): void {
    for (const subscriber of [...this.subscribers]) {
      if (subscriber.documentId !== documentId || (workspaceId && subscriber.workspaceId !== workspaceId)) continue
      try {
        subscriber.callback(message)
      } catch (error) {
        console.error('[claimtrack] live subscriber failed', error)
      }
    }
  }
}

// One per process; Next's dev server reloads modules, so keep it on globalThis.
const globalForListener = globalThis as unknown as { claimtrackActivityListener?: ActivityListener }

function listener(): ActivityListener {
  globalForListener.claimtrackActivityListener ??= new ActivityListener()
  return globalForListener.claimtrackActivityListener
}

export function subscribe(workspaceId: string, documentId: string, callback: LiveCallback): () => void {
  return listener().subscribe(workspaceId, documentId, callback)
}

export function watchActivity(watcher: ActivityWatcher): () => void {
  return listener().watch(watcher)
}

export function isListening(): boolean {
  return globalForListener.claimtrackActivityListener?.isConnected() ?? false
}

export function whenListening(): Promise<void> {
  return listener().ready()
}

export function currentViewers(documentId: string) {
  return listener().viewers(documentId)
}

export function announcePresence(announcement: PresenceAnnouncement): Promise<void> {
  return listener().announcePresence(announcement)
}

export function listenerBackendPid(): number | null {
  return globalForListener.claimtrackActivityListener?.backendPid() ?? null
}

// For tests and shutdown: closes the connection and forgets every subscriber.
export async function stopActivityListener(): Promise<void> {
  await globalForListener.claimtrackActivityListener?.stop()
}
