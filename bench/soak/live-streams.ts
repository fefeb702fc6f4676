// Open live streams (SSE), one per document, held for the whole soak the way open tabs
// hold them: a stream the server ends is reopened with Last-Event-ID, as EventSource does.
import { get, type ClientRequest } from 'node:http'

export function openLiveStreams(base: string, cookies: string[], workspaceId: string, documentIds: string[], errors: string[]): { close: () => number } {
  let events = 0
  let isClosed = false
  const requests = new Set<ClientRequest>()
  const open = (documentId: string, cookie: string, lastEventId?: string) => {
    if (isClosed) return
    const headers: Record<string, string> = { cookie, accept: 'text/event-stream', ...(lastEventId ? { 'last-event-id': lastEventId } : {}) }
    let lastId = lastEventId
    const request = get(`${base}/api/workspaces/${workspaceId}/documents/${documentId}/live`, { headers }, (response) => {
      if (response.statusCode !== 200) errors.push(`live stream: ${response.statusCode}`)
      let buffer = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => {
        buffer += chunk
        let end: number
        while ((end = buffer.indexOf('\n\n')) !== -1) {
          const message = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          lastId = message.match(/^id: (.+)$/m)?.[1] ?? lastId
          if (message.includes('event: activity')) events++
        }
      })
      response.on('end', () => {
        requests.delete(request)
        setTimeout(() => open(documentId, cookie, lastId), 1_000)
      })
    })
    request.on('error', (error) => {
      requests.delete(request)
      if (!isClosed) errors.push(`live stream: ${error.message}`)
    })
    requests.add(request)
  }
  documentIds.forEach((documentId, index) => open(documentId, cookies[index % cookies.length]!))
  return {
    close: () => {
      isClosed = true
      for (const request of requests) request.destroy()
      return events
    },
  }
}
