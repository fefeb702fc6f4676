// The printed report: the corpus, one table of every case side by side, the peers'
// costs, the upkeep, and the goals.
import type { MiniSearchReport, PeerTiming } from './peers'
import type { SearchCase } from './queries'
import type { Timing } from './timing'

export interface Measured {
  search: SearchCase
  service: Timing & { matches: number; isCapped: boolean }
  page: Timing
  ilike: PeerTiming
  mini: PeerTiming
}

export interface Upkeep {
  on: number[]
  off: number[]
  claims: number
}

const API_P95_MS = 50
const UPKEEP_RATIO = 1.2
const ms = (value: number) => (value < 10 ? value.toFixed(1) : value.toFixed(0))
const pair = (timing: Timing) => `${ms(timing.p50)} / ${ms(timing.p95)}`
const times = (ratio: number) => `${ratio.toFixed(ratio >= 10 ? 0 : ratio >= 1 ? 1 : 2)}×`
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

export function printReport(log: (line: string) => void, rows: Measured[], mini: MiniSearchReport, upkeep: Upkeep, pageKilobytes: number) {
  const runs = (timings: Timing[]) => `${Math.min(...timings.map((timing) => timing.runs))}–${Math.max(...timings.map((timing) => timing.runs))}`
  log('\nSearch latency, one caller at a time, ms p50 / p95')
  log('"× search" is the peer\'s p50 over the search\'s. The peers search claims only (no filter = type=claim for them); "matched" counts claims (the search counts to 1,000).')
  log('| query | filter | searchWorkspace | results page | ILIKE scan | × search | MiniSearch | × search | claims matched: search · ILIKE · MiniSearch |')
  log('|---|---|---|---|---|---|---|---|---|')
  for (const { search, service, page, ilike, mini: peer } of rows) {
    const matched = `${service.matches}${service.isCapped ? '+' : ''} · ${ilike.matches} · ${peer.matches}`
    log(`| ${search.query}: ${search.q} | ${search.filter} | ${pair(service)} | ${pair(page)} | ${pair(ilike)} | ${times(ilike.p50 / service.p50)} | ${pair(peer)} | ${times(peer.p50 / service.p50)} | ${matched} |`)
  }
  log(`\nRuns per case (after warm-up; fewer where a case would pass its time budget): searchWorkspace ${runs(rows.map((row) => row.service))}, results page ${runs(rows.map((row) => row.page))}, ILIKE ${runs(rows.map((row) => row.ilike))}, MiniSearch ${runs(rows.map((row) => row.mini))}.`)
  log(`Results page: ${pageKilobytes.toFixed(0)} KB of HTML (its filter form lists every document).`)
  log(`MiniSearch over ${mini.claims.toLocaleString('en')} claims: loading them ${(mini.loadMs / 1000).toFixed(1)} s, building the index ${(mini.buildMs / 1000).toFixed(1)} s, index ${mini.indexMb.toFixed(0)} MB of heap (process RSS ${mini.rssMb.toFixed(0)} MB).`)

  // Each on/off pair ran back to back: the median of the pairs' ratios is the least
  // touched by this machine's drift.
  const ratio = median(upkeep.on.map((on, index) => on / upkeep.off[index]!))
  log(`\nIndex upkeep: importing a ${upkeep.claims}-claim document (createDocument, then merging its GIN entries), ${upkeep.on.length} times each, in alternating pairs`)
  log(`  search triggers on:  median ${ms(median(upkeep.on))} ms (${upkeep.on.map(ms).join(', ')})`)
  log(`  search triggers off: median ${ms(median(upkeep.off))} ms (${upkeep.off.map(ms).join(', ')})`)
  log(`  ratio on/off, median of the pairs: ${ratio.toFixed(2)}×`)

  const slow = rows.filter((row) => row.service.p95 >= API_P95_MS)
  const goals: [string, boolean][] = [
    [`API (searchWorkspace) p95 < ${API_P95_MS} ms in every case${slow.length ? `: missed by ${slow.map((row) => `${row.search.query} [${row.search.filter}] ${ms(row.service.p95)} ms`).join('; ')}` : ''}`, !slow.length],
    [`upkeep ≤ ${UPKEEP_RATIO}× (${ratio.toFixed(2)}×)`, ratio <= UPKEEP_RATIO],
  ]
  log('\nGoals')
  for (const [goal, isMet] of goals) log(`  ${isMet ? 'met    ' : 'MISSED '} ${goal}`)
}
