// The in-process peer, in a process of its own (so its memory is its own): loads the
// workspace's claims, builds a MiniSearch index over their text (its default
// tokenizer and BM25 ranking), reports build time and the heap the index holds, then
// times each case's query. Input on stdin: { workspaceId, cases }; output: one JSON line.
// Run by bench/search/peers.ts as: node --expose-gc --import tsx bench/search/minisearch-run.ts
import MiniSearch from 'minisearch'
import pg from 'pg'
import type { SearchCase } from './queries'
import { timeRuns } from './timing'

interface ClaimText {
  id: string
  quote: string
  status: string
  documentId: string
}

const gc = (globalThis as { gc?: () => void }).gc!
const heapMb = () => {
  gc()
  return process.memoryUsage().heapUsed / 1024 / 1024
}
const input: Buffer[] = []
for await (const chunk of process.stdin) input.push(chunk as Buffer)
const { workspaceId, cases } = JSON.parse(Buffer.concat(input).toString()) as { workspaceId: string; cases: SearchCase[] }

const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
await client.connect()
let started = performance.now()
const { rows } = await client.query<ClaimText>(`SELECT id, quote, status, "documentId" FROM "Claim" WHERE "workspaceId" = $1 AND "supersededAt" IS NULL`, [workspaceId])
await client.end()
const loadMs = performance.now() - started

const before = heapMb()
started = performance.now()
const index = new MiniSearch<ClaimText>({ fields: ['quote'], storeFields: ['status', 'documentId'] })
index.addAll(rows)
const buildMs = performance.now() - started
const indexMb = heapMb() - before
const quoteOf = new Map(rows.map((row) => [row.id, row.quote.toLowerCase()]))

const search = (one: SearchCase) => {
  const results = index.search(one.words, {
    combineWith: 'AND',
    fuzzy: one.isFuzzy ? 0.2 : false,
    // MiniSearch has no phrases: the words, then the phrase checked in the text.
    filter: (result) =>
      (!one.input.status || result.status === one.input.status) &&
      (!one.input.documentId || result.documentId === one.input.documentId) &&
      (!one.phrase || quoteOf.get(result.id)!.includes(one.phrase)),
  })
  return { top: results.slice(0, 20), matches: results.length }
}

const timings = []
for (const one of cases) timings.push({ ...(await timeRuns(() => search(one), { budgetMs: 6_000 })), matches: search(one).matches })
console.log(JSON.stringify({ claims: rows.length, loadMs, buildMs, indexMb, rssMb: process.memoryUsage().rss / 1024 / 1024, timings }))
