// Live-update latency: from a committed write to its server-sent event arriving at a
// client over HTTP on loopback. The path measured is the real one: the service's
// transaction with pg_notify → the process's LISTEN connection → the document's SSE
// stream (reading the event row, summarizing it) → the socket → the client's parser.
//
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/test \
//     npx tsx --conditions=react-server bench/live-latency.ts
//
// It works in a scratch schema of that database (dropped at the end). BENCH_WRITES
// sets the number of writes (default 100), one after another, each waiting for its event.
import { randomBytes } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'
import { performance } from 'node:perf_hooks'

const WRITES = Number(process.env.BENCH_WRITES ?? 100)
const baseUrl = process.env.DATABASE_URL
if (!baseUrl) throw new Error('Set DATABASE_URL to a local Postgres database')

const { dropSchema, withSchema } = await import('@/lib/db/postgres-schemas')
const schema = `bench_live_${randomBytes(4).toString('hex')}`
process.env.DATABASE_URL = withSchema(baseUrl, schema)

const { applyMigrations } = await import('@/lib/db/migrations')
const { disconnectDb } = await import('@/lib/db/client')
const { createPasswordAccount } = await import('@/lib/users/create-password-account')
const { getDb } = await import('@/lib/db/client')
const { createDocument } = await import('@/lib/documents/create-document')
const { findClaims } = await import('@/lib/claims/find-claims')
const { setClaimDismissed } = await import('@/lib/claims/dismiss-claim')
const { openLiveStream } = await import('@/lib/events/live-stream')
const { stopActivityListener } = await import('@/lib/events/activity-listener')

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

try {
  await applyMigrations(process.env.DATABASE_URL)
  const actor = await createPasswordAccount({ email: `bench-${randomBytes(4).toString('hex')}@example.test`, password: 'correct horse battery', name: 'Bench' })
  const { workspaceId } = await getDb().membership.findFirstOrThrow({ where: { userId: actor.id } })
  const { id: documentId } = await createDocument({ actor, workspaceId, title: 'Latency', text: 'Exports rose by 12% in 2023. Imports fell to $4 billion.' })
  const claim = (await findClaims({ actor, workspaceId, documentId }))[0]!

  // The route's stream, served by a plain HTTP server (what `next start` does for it).
  const server = createServer(async (request, response) => {
    const abort = new AbortController()
    request.on('close', () => abort.abort())
    const live = await openLiveStream({ actor, workspaceId, documentId, signal: abort.signal })
    response.writeHead(live.status, Object.fromEntries(live.headers))
    Readable.fromWeb(live.body! as import('node:stream/web').ReadableStream).pipe(response)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  const client = new AbortController()
  const response = await fetch(`http://127.0.0.1:${port}/live`, { signal: client.signal })
  const reader = response.body!.getReader()
  const decoder = new TextDecoder()
  const arrivals = new Map<string, number>()
  const pending: { waiting: { action: string; resolve: (at: number) => void } | null } = { waiting: null }
  let text = ''
  void (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true as const }))
      if (done) return
      const at = performance.now()
      text += decoder.decode(value, { stream: true })
      let end: number
      while ((end = text.indexOf('\n\n')) !== -1) {
        const block = text.slice(0, end)
        text = text.slice(end + 2)
        if (!block.includes('event: activity')) continue
        const id = /^id: (\d+)$/m.exec(block)![1]!
        arrivals.set(id, at)
        if (pending.waiting && block.includes(`"action":"${pending.waiting.action}"`)) pending.waiting.resolve(at)
      }
    }
  })()
  await new Promise((resolve) => setTimeout(resolve, 300)) // the stream is live

  const fromCommit: number[] = []
  const fromCall: number[] = []
  for (let i = 0; i < WRITES; i++) {
    const action = i % 2 === 0 ? 'claim.dismissed' : 'claim.restored'
    const arrived = new Promise<number>((resolve) => (pending.waiting = { action, resolve }))
    const called = performance.now()
    await setClaimDismissed({ actor, workspaceId, claimId: claim.id, isDismissed: i % 2 === 0 })
    const committed = performance.now()
    const at = await arrived
    pending.waiting = null
    // The event may beat the commit's acknowledgement back to the writer: then 0.
    fromCommit.push(Math.max(0, at - committed))
    fromCall.push(at - called)
  }
  client.abort()
  server.close()
  const report = (label: string, values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b)
    console.log(`${label.padEnd(34)} p50 ${percentile(sorted, 50).toFixed(2)} ms   p95 ${percentile(sorted, 95).toFixed(2)} ms   max ${sorted.at(-1)!.toFixed(2)} ms`)
  }
  console.log(`live-update latency over ${WRITES} writes (${arrivals.size} events received)`)
  report('commit acknowledged → SSE event', fromCommit)
  report('write started → SSE event', fromCall)
  console.log(`goal: p95 < 500 ms — ${percentile([...fromCommit].sort((a, b) => a - b), 95) < 500 ? 'met' : 'NOT met'}`)
} finally {
  await stopActivityListener()
  await disconnectDb()
  await dropSchema(baseUrl, schema)
}
