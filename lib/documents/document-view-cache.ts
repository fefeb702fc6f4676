import 'server-only'
import { isListening, watchActivity, type ActivityWatcher } from '@/lib/events/activity-listener'

// A document's view, serialized once and sent to every member who opens it.
export interface CachedView {
  // The newest activity on the document when the view was read.
  version: bigint
  // JSON, encoded once here rather than on every response.
  body: Uint8Array<ArrayBuffer>
  etag: string
}

const MAX_BYTES = 64 * 1024 * 1024

// A build under way: when it started (in announcements heard) and whether anything it
// missed would have been heard.
interface Build {
  startedAt: number
  isListening: boolean
  view: Promise<CachedView>
}

// Views of documents, kept in this process until an activity on the document is
// announced. Announcements come from Postgres on commit (LISTEN/NOTIFY), so they reach
// every app instance on the database; while this process is not listening, nothing is
// kept, since a change could not be heard. A build that an announcement overtakes (it
// read before the change committed) is returned to its caller but not kept.
class DocumentViewCache {
  private readonly views = new Map<string, CachedView>()
  private bytes = 0
  private readonly building = new Map<string, Build>()
  private buildsInFlight = 0
  // Announcements (and connection changes) heard so far, to tell whether a build was
  // overtaken: by a change to its document, or by a gap in listening.
  private heard = 0
  private readonly changedAt = new Map<string, number>()
  private resetAt = 0
  private readonly watcher: ActivityWatcher = {
    onActivity: ({ workspaceId, documentId }) => {
      if (!documentId) return
      const key = `${workspaceId}/${documentId}`
      this.forget(key)
      // Only builds under way compare with it; with none, nothing need be remembered.
      if (this.buildsInFlight > 0) this.changedAt.set(key, ++this.heard)
    },
    onConnectionChange: () => {
      this.resetAt = ++this.heard
      for (const key of [...this.views.keys()]) this.forget(key)
    },
  }

  async get(workspaceId: string, documentId: string, minVersion: bigint, build: () => Promise<CachedView>): Promise<CachedView> {
    // Idempotent; after the listener was stopped (tests, shutdown) it watches again.
    watchActivity(this.watcher)
    const key = `${workspaceId}/${documentId}`
    const cached = this.views.get(key)
    if (cached && cached.version >= minVersion && isListening()) {
      // Least recently used goes first: a hit moves to the end.
      this.views.delete(key)
      this.views.set(key, cached)
      return cached
    }
    // Members opening the same document at once share one build, unless it was overtaken.
    const pending = this.building.get(key)
    if (pending && this.isCurrent(key, pending)) {
      const view = await pending.view.catch(() => null)
      if (view && view.version >= minVersion) return view
    }
    const building: Build = { startedAt: this.heard, isListening: isListening(), view: build() }
    this.building.set(key, building)
    this.buildsInFlight += 1
    try {
      const view = await building.view
      if (building.isListening && this.isCurrent(key, building)) this.keep(key, view)
      return view
    } finally {
      if (this.building.get(key) === building) this.building.delete(key)
      if (--this.buildsInFlight === 0) this.changedAt.clear()
    }
  }

  private isCurrent(key: string, build: Build): boolean {
    return build.startedAt >= this.resetAt && (this.changedAt.get(key) ?? 0) <= build.startedAt
  }

  private keep(key: string, view: CachedView): void {
    this.forget(key)
    this.views.set(key, view)
    this.bytes += view.body.length
    for (const [oldest] of this.views) {
      if (this.bytes <= MAX_BYTES) break
      this.forget(oldest)
    }
  }

  private forget(key: string): void {
    const view = this.views.get(key)
    if (!view) return
    this.views.delete(key)
    this.bytes -= view.body.length
  }
}

// One per process; Next's dev server reloads modules, so keep it on globalThis.
const globalForCache = globalThis as unknown as { claimtrackDocumentViews?: DocumentViewCache }

export function documentViewCache(): DocumentViewCache {
  globalForCache.claimtrackDocumentViews ??= new DocumentViewCache()
  return globalForCache.claimtrackDocumentViews
}
