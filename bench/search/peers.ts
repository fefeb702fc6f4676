// The two peers the search is measured against, on the same claims:
// - the naive search: `quote ILIKE '%word%'` for every word, newest first, as an app
//   without full-text search does. The search migration's trigram index on the quote
//   would serve that ILIKE, so the column is written `(quote || '')`, which no index
//   serves: the scan the app would run without the search indexes. Other filters
//   keep their indexes (the document filter reads one document's claims).
// - MiniSearch, an in-process index (bench/search/minisearch-run.ts).
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import pg from 'pg'
import type { SearchCase } from './queries'
import { timeRuns, type Timing } from './timing'

export type PeerTiming = Timing & { matches: number }

export interface MiniSearchReport {
  claims: number
  loadMs: number
  buildMs: number
  indexMb: number
  rssMb: number
  timings: PeerTiming[]
}

function ilikeQuery(workspaceId: string, search: SearchCase): [string, unknown[]] {
  const values: unknown[] = [workspaceId, search.ilike]
  let where = `"workspaceId" = $1 AND "supersededAt" IS NULL AND (quote || '') ILIKE ALL ($2::text[])`
  if (search.input.status) where += ` AND status = $${values.push(search.input.status)}::"ClaimStatus"`
  if (search.input.documentId) where += ` AND "documentId" = $${values.push(search.input.documentId)}`
  return [where, values]
}

// Each ILIKE reads every claim's text (near a second here), so fewer runs: 5 s a case.
export async function timeIlike(databaseUrl: string, workspaceId: string, cases: SearchCase[]): Promise<PeerTiming[]> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const timings: PeerTiming[] = []
    for (const search of cases) {
      const [where, values] = ilikeQuery(workspaceId, search)
      const timing = await timeRuns(() => client.query(`SELECT id, quote FROM "Claim" WHERE ${where} ORDER BY "createdAt" DESC, id LIMIT 20`, values), { warmup: 1, budgetMs: 5_000 })
      const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Claim" WHERE ${where}`, values)
      timings.push({ ...timing, matches: rows[0]!.n })
    }
    return timings
  } finally {
    await client.end()
  }
}

export function runMiniSearch(databaseUrl: string, workspaceId: string, cases: SearchCase[]): MiniSearchReport {
  // Room for a million documents' postings; gc exposed to weigh the index alone.
  const args = ['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx', path.resolve('bench/search/minisearch-run.ts')]
  const child = spawnSync(process.execPath, args, { input: JSON.stringify({ workspaceId, cases }), env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 })
  if (child.status !== 0) throw new Error(`MiniSearch run failed:\n${child.stderr}`)
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as MiniSearchReport
}
