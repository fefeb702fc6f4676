// The tables bench:extract prints.
import type { Scores } from '@/tests/support/extract-scoring'
import type { Article } from './extract-article'
import type { MemoryReport } from './extract-memory'
import { OURS } from './extract-recognizers'

export interface Throughput {
  name: string
  bytes: number
  paragraphs: number
  ms: number
  found: number // quantities returned, so no run can be optimised away unnoticed
  isSampled: boolean
  memory: MemoryReport
}

type Accuracy = Map<string, { overall: Scores; byGenre: Map<string, Scores> }>

const MB = 1_000_000
const pct = (ratio: number) => `${(ratio * 100).toFixed(1)}%`
const mb = (bytes: number) => `${(bytes / MB).toFixed(2)} MB`
const times = (ratio: number) => (ratio >= 100 ? `${ratio.toFixed(0)}×` : ratio >= 10 ? `${ratio.toFixed(1)}×` : `${ratio.toFixed(2)}×`)
const mbPerSecond = ({ bytes, ms }: { bytes: number; ms: number }) => bytes / MB / (ms / 1000)

function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column]!.length)))
  const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ')
  return [line(header), line(widths.map((width) => '─'.repeat(width))), ...rows.map(line)].join('\n')
}

export function printAccuracy(accuracy: Accuracy, sentences: number, quantities: number, label = 'the labeled corpus'): void {
  const ours = accuracy.get(OURS)!.overall
  console.log(`\nAccuracy on ${label}: ${sentences} sentences, ${quantities} labeled quantities, (value, unit) pairs`)
  const rows = [...accuracy].map(([name, { overall }]) => [name, pct(overall.precision), pct(overall.recall), pct(overall.f1), `${overall.tp}/${overall.fp}/${overall.fn}`, (overall.f1 / ours.f1).toFixed(2)])
  console.log(table(['recognizer', 'precision', 'recall', 'F1', 'TP/FP/FN', 'F1 peer/ours'], rows))

  const names = [...accuracy.keys()]
  const genres = [...accuracy.get(OURS)!.byGenre.keys()]
  console.log('\nF1 (precision / recall) per genre')
  const genreRows = genres.map((genre) => [genre, ...names.map((name) => cell(accuracy.get(name)!.byGenre.get(genre)!))])
  console.log(table(['genre', ...names], [...genreRows, ['overall', ...names.map((name) => cell(accuracy.get(name)!.overall))]]))
}

const cell = (scores: Scores) => `${pct(scores.f1)} (${pct(scores.precision)} / ${pct(scores.recall)})`

export function printThroughput(article: Article, rows: Throughput[]): void {
  const ours = mbPerSecond(rows.find((row) => row.name === OURS)!)
  const meanParagraph = Math.round(article.bytes / article.paragraphs.length)
  console.log(`\nThroughput on a generated article of ${mb(article.bytes)}: ${article.paragraphs.length} paragraphs (mean ${meanParagraph} bytes), one call per paragraph`)
  const body = rows.map((row) => {
    const speed = mbPerSecond(row)
    const timedOn = row.isSampled ? `${mb(row.bytes)} sample *` : `${mb(row.bytes)}, all`
    const memory = `${mb(row.memory.heapPeak)}`
    const rss = `${row.memory.isRssPeakBelowStartup ? '≤ ' : ''}${mb(row.memory.rssPeak)}`
    return [row.name, timedOn, speed.toFixed(speed < 1 ? 3 : 2), (row.ms / row.paragraphs).toFixed(3), row.name === OURS ? '—' : (speed / ours).toExponential(2), row.name === OURS ? '—' : times(ours / speed), memory, rss]
  })
  console.log(table(['recognizer', 'timed on', 'MB/s', 'ms/paragraph', 'MB/s peer/ours', 'ours faster', 'heap peak Δ', 'RSS peak Δ'], body))
  console.log(
    '* extrapolated: timed on the article\'s leading paragraphs up to that size (the whole 5 MB would take minutes);\n' +
      '  MB/s and ms/paragraph are the sample\'s, memory is over the sample only.\n' +
      '  microsoft = its four models built once; microsoft suite fns = recognizeNumber() & co. as documented, rebuilding models per call.\n' +
      '  Memory: each recognizer alone in a fresh process over the same paragraphs, results kept; heap peak sampled after each\n' +
      '  paragraph; RSS peak = resident high-water mark above the baseline, the mark reset before the run (Linux;\n' +
      '  elsewhere ≤ marks a run that never passed the start-up mark).',
  )
}

export function printLinearity(runs: { bytes: number; memory: MemoryReport }[]): void {
  console.log(`\nMemory linearity of ${OURS}: one call on the whole article, each size in a fresh process`)
  const rows = runs.map(({ bytes, memory }) => [
    mb(bytes), `${memory.ms.toFixed(0)} ms`, mbPerSecond({ bytes, ms: memory.ms }).toFixed(2), mb(memory.heapPeak), mb(memory.heapRetained),
    `${memory.isRssPeakBelowStartup ? '≤ ' : ''}${mb(memory.rssPeak)}`, (memory.heapRetained / bytes).toFixed(1),
  ])
  console.log(table(['input', 'time', 'MB/s', 'heap after call Δ', 'heap retained Δ', 'RSS peak Δ', 'retained bytes/input byte'], rows))
  const [small, large] = runs
  if (!small || !large) return
  // A 1 MB run can fit in pages the process already held: no RSS growth, no ratio.
  const ratio = (pick: (memory: MemoryReport) => number) => (pick(small.memory) > 0 ? times(pick(large.memory) / pick(small.memory)) : 'n/a')
  console.log(
    `${mb(large.bytes)} / ${mb(small.bytes)}: input ${times(large.bytes / small.bytes)}, time ${ratio((memory) => memory.ms)}, ` +
      `heap after call ${ratio((memory) => memory.heapPeak)}, retained ${ratio((memory) => memory.heapRetained)}, RSS peak ${ratio((memory) => memory.rssPeak)} (linear: the input's ratio)`,
  )
}

export function printGoals(accuracy: Accuracy, rows: Throughput[], linearity: { bytes: number; memory: MemoryReport }[]): void {
  const f1 = (name: string) => accuracy.get(name)?.overall.f1 ?? 0
  const speed = (name: string) => mbPerSecond(rows.find((row) => row.name === name)!)
  const ours = speed(OURS)
  const [small, large] = linearity
  const inputRatio = large!.bytes / small!.bytes
  const retainedRatio = large!.memory.heapRetained / small!.memory.heapRetained
  const verdict = (isMet: boolean) => (isMet ? 'met' : 'NOT met')
  console.log('\nGoals (issue 3)')
  console.log(`  F1 above both peers: ${pct(f1(OURS))} vs microsoft ${pct(f1('microsoft'))}, compromise ${pct(f1('compromise'))} — ${verdict(f1(OURS) > f1('microsoft') && f1(OURS) > f1('compromise'))}`)
  console.log(`  throughput ≥ 100× microsoft's currency recognizer: ${times(ours / speed('microsoft currency'))} — ${verdict(ours >= 100 * speed('microsoft currency'))}`)
  console.log(`  throughput above compromise: ${times(ours / speed('compromise'))} — ${verdict(ours > speed('compromise'))}`)
  // Linear: memory grows no faster than the input, within 30% for GC timing.
  console.log(`  memory linear in input: retained heap ${times(retainedRatio)} for ${times(inputRatio)} the input — ${verdict(retainedRatio <= inputRatio * 1.3)}`)
}
