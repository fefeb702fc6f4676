// An uploader as the browser is one: posts the form, is told 429 and waits its
// Retry-After, then follows the job to its end.
import type { ImportJobView } from '@/lib/jobs/import-job-view'

// Answers other than the job while following one (a 429 or 503 under load), by text.
export const pollErrors: string[] = []

export interface ImportRun {
  name: string
  bytes: number
  refusals: number
  job: ImportJobView
  seconds: number
}

export async function uploadAndWait(base: string, cookie: string, workspaceId: string, name: string, bytes: Uint8Array<ArrayBuffer>): Promise<ImportRun> {
  const started = performance.now()
  let refusals = 0
  for (;;) {
    const form = new FormData()
    form.set('mode', 'file')
    form.set('file', new Blob([bytes], { type: 'text/html' }), name)
    const response = await fetch(`${base}/api/workspaces/${workspaceId}/imports`, { method: 'POST', body: form, headers: { cookie } })
    if (response.status === 429) {
      refusals++
      await new Promise((resolve) => setTimeout(resolve, Number(response.headers.get('retry-after') ?? 5) * 1000))
      continue
    }
    if (response.status !== 202) throw new Error(`${name}: the upload answered ${response.status} ${await response.text()}`)
    let { job } = (await response.json()) as { job: ImportJobView }
    while (job.status !== 'DONE' && job.status !== 'FAILED') {
      await new Promise((resolve) => setTimeout(resolve, 250))
      const polled = await getOnce(`${base}/api/workspaces/${workspaceId}/imports/${job.id}`, cookie)
      const body = (await polled.json().catch(() => ({}))) as { job?: ImportJobView; error?: { message: string } }
      if (body.job) job = body.job
      else pollErrors.push(`${polled.status} ${body.error?.message ?? ''}`.trim())
    }
    return { name, bytes: bytes.length, refusals, job, seconds: (performance.now() - started) / 1000 }
  }
}

// A kept-alive socket the server has just closed fails the next request with
// ECONNRESET; a browser retries it, and so does this.
async function getOnce(url: string, cookie: string): Promise<Response> {
  return fetch(url, { headers: { cookie } }).catch(() => fetch(url, { headers: { cookie } }))
}

// Reads `path` every `everyMs` until stopped; latencies in milliseconds, and failures.
export function probe(base: string, cookie: string, path: string, everyMs = 200) {
  const latencies: number[] = []
  let failures = 0
  let running = true
  const loop = (async () => {
    while (running) {
      const started = performance.now()
      const ok = await fetch(`${base}${path}`, { headers: { cookie } }).then(
        async (response) => (await response.arrayBuffer(), response.ok),
        () => false,
      )
      latencies.push(performance.now() - started)
      if (!ok) failures++
      await new Promise((resolve) => setTimeout(resolve, everyMs))
    }
  })()
  return {
    stop: async () => {
      running = false
      await loop
      return { latencies, failures }
    },
  }
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}
