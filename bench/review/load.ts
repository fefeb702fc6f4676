// One load case: autocannon on loopback for a fixed time, every response timed (for
// p50/p95/p99; autocannon's own summary has no p95), errors = failures + non-2xx.
import autocannon from 'autocannon'

export interface LoadCase {
  name: string
  method: 'GET' | 'POST'
  // A fresh path (and body) per request, so the server cannot answer from one hot row.
  next: () => { path: string; body?: string }
}

export interface LoadResult {
  name: string
  connections: number
  requestsPerSecond: number
  p50: number
  p95: number
  p99: number
  errors: number
}

export async function runLoad(base: string, cookie: string, load: LoadCase, connections: number, seconds: number): Promise<LoadResult> {
  const latencies: number[] = []
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections,
        duration: seconds,
        headers: { cookie, 'content-type': 'application/json' },
        requests: [{ method: load.method, setupRequest: (request) => ({ ...request, ...load.next() }) }],
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    )
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime))
  })
  latencies.sort((a, b) => a - b)
  const at = (share: number) => latencies[Math.min(latencies.length - 1, Math.floor(share * latencies.length))] ?? 0
  return {
    name: load.name,
    connections,
    requestsPerSecond: result.requests.total / seconds,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    errors: result.errors + result.timeouts + result.non2xx,
  }
}
