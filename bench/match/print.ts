// bench:match's tables: quality (whole set, tuned half, held-out half) and speed.
import type { MatchQuality } from './quality'
import { PHASES, type Run } from './timing'

export const GOAL_SECONDS = 2
const log = (line: string) => console.log(line)

export function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2
}
function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? NaN
}
function pct(value: number): string {
  return `${(value * 100).toFixed(1)} %`
}

export function printQuality(title: string, quality: { all: MatchQuality; odd: MatchQuality; even: MatchQuality }, atScale = false) {
  const halves = [quality.all, quality.odd, quality.even]
  const row = (name: string, cell: (q: MatchQuality) => string) => log(`| ${name} | ${halves.map(cell).join(' | ')} |`)
  log(`\n${title}`)
  log('| | whole set | odd half (tuned on) | even half (held out) |')
  log('|---|---|---|---|')
  row('restated claims / near misses', (q) => `${q.queries} / ${q.nearMisses}`)
  row('recall (true check offered, any rank)', (q) => pct(q.recall))
  row('precision (first offers that are a true check)', (q) => pct(q.precision))
  row('**near misses offered** (the worst error)', (q) => `**${q.nearMissesOffered}** (${pct(q.nearMissesOffered / q.nearMisses)})`)
  const kinds = [...new Set(halves.flatMap((q) => Object.keys(q.nearMissesOfferedByKind)))].sort()
  for (const kind of kinds) row(`  near misses offered, differs in ${kind}`, (q) => String(q.nearMissesOfferedByKind[kind] ?? 0))
  row('wrong first offers (restated claims)', (q) => String(q.wrongFirstOffers))
  if (atScale) row('first offer a generated claim (restated + near misses)', (q) => String(q.failures.filter((failure) => failure.got[0]?.startsWith('generated:')).length))
  row('MAP@5', (q) => q.map5.toFixed(3))
  const variations = [...new Set(halves.flatMap((q) => Object.keys(q.recallByVariation)))].sort()
  for (const variation of variations) {
    row(`  recall, ${variation}`, (q) => {
      const one = q.recallByVariation[variation]
      return one ? `${one.found}/${one.of} (${((one.found / one.of) * 100).toFixed(0)} %)` : '—'
    })
  }
}

export function printSpeed(claimCount: number, warmUp: Run, oneTransaction: Run[], batches: Run[], single: { withFigures: number[]; withoutFigures: number[] }, repetitions: number) {
  const runs = repetitions ? `warm-up ${warmUp.seconds.toFixed(2)} s, then ${repetitions} repetitions` : `one run each: a run took ${warmUp.seconds.toFixed(0)} s, too long to repeat within the benchmark's time`
  log(`\nSpeed: a 300-claim document against ${claimCount.toLocaleString('en')} verified claims (findEarlierChecks, top 3; ${runs})`)
  log('| how | min s | median s | max s | goal < 2 s | claims offered a check |')
  log('|---|---|---|---|---|---|')
  for (const [name, runs] of [
    ['300 claims, one transaction (as refreshPriorChecks)', oneTransaction],
    [repetitions ? '300 claims, 6 transactions of 50' : 'the first 50 claims only, one transaction', batches],
  ] as const) {
    const seconds = runs.map((run) => run.seconds)
    const median = medianOf(seconds)
    log(`| ${name} | ${Math.min(...seconds).toFixed(2)} | ${median.toFixed(2)} | ${Math.max(...seconds).toFixed(2)} | ${median < GOAL_SECONDS ? 'met' : 'MISSED'} | ${runs[0]!.offered} |`)
  }
  log('\nWhere the time goes (median over the repetitions, seconds, SQL as seen from the client)')
  log(`| phase | one transaction | ${repetitions ? '6 × 50' : 'first 50'} |`)
  log('|---|---|---|')
  for (const phase of PHASES) log(`| ${phase} | ${medianOf(oneTransaction.map((run) => run.phases[phase])).toFixed(3)} | ${medianOf(batches.map((run) => run.phases[phase])).toFixed(3)} |`)
  const rest = (run: Run) => run.seconds - PHASES.reduce((sum, phase) => sum + run.phases[phase], 0)
  log(`| the matcher's own work (profiles, compareClaims), round trips | ${medianOf(oneTransaction.map(rest)).toFixed(3)} | ${medianOf(batches.map(rest)).toFixed(3)} |`)
  const ms = (values: number[]) => `p50 ${(percentile(values, 0.5) * 1000).toFixed(0)} ms, p95 ${(percentile(values, 0.95) * 1000).toFixed(0)} ms, max ${(Math.max(...values) * 1000).toFixed(0)} ms`
  const count = single.withFigures.length + single.withoutFigures.length
  log(`\nOne claim per transaction (as when a claim is added or edited), once each${count < 300 ? ` (${count} of the 300, every ${300 / count}th: a run is slow)` : ''}:`)
  log(`  with a figure (${single.withFigures.length}): ${ms(single.withFigures)}`)
  log(`  without (${single.withoutFigures.length}): ${ms(single.withoutFigures)}`)
  if (count === 300) log(`  all 300 one by one: ${[...single.withFigures, ...single.withoutFigures].reduce((sum, value) => sum + value, 0).toFixed(1)} s`)
}

// The tuned half's misses and false offers, to read while tuning (never the held-out half).
export function printFailures(quality: MatchQuality) {
  log(`\nFailures of the tuned (odd) half: ${quality.failures.length}`)
  for (const failure of quality.failures) log(`${failure.id}\texpected ${failure.expected.join(',') || '—'}\tgot ${failure.got.join(',') || '—'}\t${failure.text}`)
}
