// The results page as a member gets it: GET /w/<id>/search?q=… from the production
// server, signed in, the whole HTML read. Beyond the searchWorkspace call it checks
// the session, renders the workspace layout (header, workspace list, unread count),
// lists every document and member for the filter form, and renders the hits.
// Calling the page component in process would need Next's request context (cookies,
// headers) and its React server renderer, so the real server is measured instead.
import type { SearchCase } from './queries'
import { timeRuns, type Timing } from './timing'

export async function timeResultsPage(base: string, cookie: string, workspaceId: string, cases: SearchCase[]): Promise<{ timings: Timing[]; kilobytes: number }> {
  let bytes = 0
  const get = async (search: SearchCase) => {
    const params = new URLSearchParams({ q: search.q, ...search.input })
    const response = await fetch(`${base}/w/${workspaceId}/search?${params}`, { headers: { cookie }, redirect: 'manual' })
    const html = await response.text()
    // A sign-in redirect or an error page would time something else.
    if (response.status !== 200 || !html.includes('aria-label="Result types"')) throw new Error(`results page for ${params}: ${response.status}`)
    bytes = html.length
  }
  const timings: Timing[] = []
  for (const search of cases) timings.push(await timeRuns(() => get(search), { runs: 50, warmup: 3, budgetMs: 5_000 }))
  return { timings, kilobytes: bytes / 1024 }
}
