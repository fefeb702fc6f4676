// The messages of an event stream (text/event-stream) as they arrive: each one's raw
// text, split on the blank line that ends it.
import type { IncomingMessage } from 'node:http'

export function onServerSentEvents(stream: IncomingMessage, onMessage: (message: string) => void): void {
  let buffer = ''
  stream.setEncoding('utf8')
  stream.on('data', (chunk: string) => {
    buffer += chunk
    let end: number
    while ((end = buffer.indexOf('\n\n')) !== -1) {
      onMessage(buffer.slice(0, end))
      buffer = buffer.slice(end + 2)
    }
  })
}
