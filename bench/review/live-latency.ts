// Live updates, measured end to end: a write by one user through the API, until the
// event reaches another user's open event stream (SSE fed by LISTEN/NOTIFY).
import { get, type IncomingMessage } from 'node:http'
import { onServerSentEvents } from '../shared/server-sent-events'

export async function measureLiveLatency(base: string, watcherCookie: string, writerCookie: string, workspaceId: string, documentId: string, claimIds: string[], writes = 100): Promise<number[]> {
  const arrivals = new Map<string, (at: number) => void>()
  const stream = await new Promise<IncomingMessage>((resolve, reject) => {
    get(`${base}/api/workspaces/${workspaceId}/documents/${documentId}/live`, { headers: { cookie: watcherCookie, accept: 'text/event-stream' } }, resolve).on('error', reject)
  })
  onServerSentEvents(stream, (message) => {
    const data = message.split('\n').find((line) => line.startsWith('data:'))
    if (!message.includes('event: activity') || !data) return
    const { claimId } = JSON.parse(data.slice(5)) as { claimId?: string }
    if (claimId) arrivals.get(claimId)?.(performance.now())
  })
  const latencies: number[] = []
  for (let index = 0; index < writes; index++) {
    // Dismiss a claim, then restore it: every write is a real change.
    const claimId = claimIds[Math.floor(index / 2) % claimIds.length]!
    const arrived = new Promise<number>((resolve) => arrivals.set(claimId, resolve))
    const sent = performance.now()
    const response = await fetch(`${base}/api/workspaces/${workspaceId}/claims/${claimId}`, { method: 'PATCH', headers: { cookie: writerCookie, 'content-type': 'application/json' }, body: JSON.stringify({ isDismissed: index % 2 === 0 }) })
    if (!response.ok) throw new Error(`write failed: ${response.status}`)
    const timeout = new Promise<number>((resolve) => setTimeout(() => resolve(Number.NaN), 5_000))
    latencies.push((await Promise.race([arrived, timeout])) - sent)
    arrivals.delete(claimId)
  }
  stream.destroy()
  return latencies
}
