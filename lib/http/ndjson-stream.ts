import 'server-only'
import { describeError } from './handle-route'

export type StreamEvent = Record<string, unknown> & { type: string }

// A response of newline-delimited JSON events, for long work that reports progress.
// The status line goes out first, so a failure midway arrives as an `error` event
// carrying the same body an error response would have.
// no-transform: compression would hold events back in its buffer until the end.
export function ndjsonResponse(run: (send: (event: StreamEvent) => void) => Promise<void>): Response {
  const encoder = new TextEncoder()
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (event: StreamEvent) => controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`))
      try {
        await run(send)
      } catch (error) {
        const { status, body } = describeError(error)
        send({ type: 'error', status, ...body })
      } finally {
        controller.close()
      }
    },
  })
  return new Response(stream, { headers: { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store, no-transform', 'x-content-type-options': 'nosniff' } })
}
