import type { PresenceAnnouncement, Viewer } from './announcements'

// A connection not heard from for this long has gone (its instance died, say).
export const PRESENCE_TTL_MS = 30_000
const SWEEP_MS = 5_000

interface Entry {
  userId: string
  name: string
  expiresAt: number
}

// Who views which document, from every instance's announcements, each entry living
// PRESENCE_TTL_MS past its last heartbeat. onChange gets a document's viewers (one per
// user, sorted by name) whenever that list changes.
export class PresenceBoard {
  private readonly documents = new Map<string, Map<string, Entry>>()
  private readonly lastLists = new Map<string, string>()
  private sweepTimer: NodeJS.Timeout | null = null

  constructor(
    private readonly onChange: (documentId: string, viewers: Viewer[]) => void,
    private readonly now: () => number = Date.now,
  ) {}

  apply(presence: PresenceAnnouncement): void {
    let connections = this.documents.get(presence.documentId)
    if (presence.kind === 'leave') {
      connections?.delete(presence.connectionId)
    } else {
      if (!connections) this.documents.set(presence.documentId, (connections = new Map()))
      connections.set(presence.connectionId, { userId: presence.userId, name: presence.name, expiresAt: this.now() + PRESENCE_TTL_MS })
      this.startSweeping()
    }
    this.publishIfChanged(presence.documentId)
  }

  viewers(documentId: string): Viewer[] {
    const byUser = new Map<string, Viewer>()
    const now = this.now()
    for (const entry of this.documents.get(documentId)?.values() ?? []) {
      if (entry.expiresAt > now) byUser.set(entry.userId, { userId: entry.userId, name: entry.name })
    }
    return [...byUser.values()].sort((a, b) => a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId))
  }

  sweep(): void {
    const now = this.now()
    for (const [documentId, connections] of this.documents) {
      for (const [connectionId, entry] of connections) if (entry.expiresAt <= now) connections.delete(connectionId)
      this.publishIfChanged(documentId)
      if (connections.size === 0) {
        this.documents.delete(documentId)
        this.lastLists.delete(documentId)
      }
    }
    if (this.documents.size === 0) this.stopSweeping()
  }

  clear(): void {
    this.documents.clear()
    this.lastLists.clear()
    this.stopSweeping()
  }

  private publishIfChanged(documentId: string): void {
    const viewers = this.viewers(documentId)
    const key = JSON.stringify(viewers)
    if (this.lastLists.get(documentId) === key) return
    this.lastLists.set(documentId, key)
    this.onChange(documentId, viewers)
  }

  private startSweeping(): void {
    if (this.sweepTimer) return
    this.sweepTimer = setInterval(() => this.sweep(), SWEEP_MS)
    this.sweepTimer.unref()
  }

  private stopSweeping(): void {
    if (this.sweepTimer) clearInterval(this.sweepTimer)
    this.sweepTimer = null
  }
}
