'use client'
import { useEffect, useRef, useState } from 'react'
import { useRefresh } from '@/components/documents/use-refresh'

export interface LiveViewer {
  userId: string
  name: string
}

interface LiveActivity {
  id: string
  actorId: string | null
  action: string
  summary: string
  actorName: string | null
}

const REFRESH_DEBOUNCE_MS = 150

// Follows a document's live feed: changes by other people reload the page's data (a burst
// of them once), and the viewers list says who else is here. EventSource reconnects by
// itself and sends Last-Event-ID, so nothing committed meanwhile is lost.
// `sinceEventId`: the newest activity id when the page was rendered, if the page knows
// it; what is committed between rendering and connecting is then replayed too.
export function useLiveDocument({ workspaceId, documentId, currentUserId, sinceEventId }: { workspaceId: string; documentId: string; currentUserId: string; sinceEventId?: string }) {
  const refresh = useRefresh()
  const [viewers, setViewers] = useState<LiveViewer[]>([])
  const [isConnected, setConnected] = useState(false)
  const [lastActivity, setLastActivity] = useState<LiveActivity | null>(null)
  // refresh changes identity with each render; the stream must not reconnect for that.
  const refreshRef = useRef(refresh)
  useEffect(() => {
    refreshRef.current = refresh
  }, [refresh])

  useEffect(() => {
    // The browser's own Last-Event-ID header, once it has one, takes precedence.
    const query = sinceEventId ? `?lastEventId=${encodeURIComponent(sinceEventId)}` : ''
    const source = new EventSource(`/api/workspaces/${encodeURIComponent(workspaceId)}/documents/${encodeURIComponent(documentId)}/live${query}`)
    let refreshTimer: ReturnType<typeof setTimeout> | null = null
    const refreshSoon = () => {
      if (refreshTimer) clearTimeout(refreshTimer)
      refreshTimer = setTimeout(() => refreshRef.current(), REFRESH_DEBOUNCE_MS)
    }
    source.addEventListener('open', () => setConnected(true))
    source.addEventListener('error', () => setConnected(false))
    source.addEventListener('activity', (event) => {
      const activity = JSON.parse((event as MessageEvent<string>).data) as LiveActivity
      // Our own changes too: they may come from another tab or the API. A change made
      // on this page has refreshed it already; the debounce folds the two together.
      if (activity.actorId !== currentUserId) setLastActivity(activity)
      refreshSoon()
    })
    source.addEventListener('reset', () => refreshRef.current())
    source.addEventListener('presence', (event) => {
      const { viewers } = JSON.parse((event as MessageEvent<string>).data) as { viewers: LiveViewer[] }
      setViewers(viewers.filter((viewer) => viewer.userId !== currentUserId))
    })
    return () => {
      if (refreshTimer) clearTimeout(refreshTimer)
      source.close()
    }
  }, [workspaceId, documentId, currentUserId, sinceEventId])

  return { viewers, isConnected, lastActivity }
}
