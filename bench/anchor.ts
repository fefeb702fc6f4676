// npm run bench:anchor — re-anchoring after edits, this engine against the peer
// approach of the most used open-source annotator, on the same article and edits.
// A 200,000-character article, 1,000 annotations (sentences and numeric phrases),
// edit suites touching 1%, 5% and 15% of the words; ground truth from anchor-edits.
import { performance } from 'node:perf_hooks'
import { reanchor, type AnchorInput } from '@/lib/anchor/reanchor'
import { textQuoteSelector } from '@/lib/anchor/selectors'
import { extractQuantities, segmentSentences } from '@/lib/extract'
import { loadCorpus } from '@/tests/support/extract-corpus'
import { applyEditSuite, EDIT_MIX, type EditedText } from './anchor-edits'
import { buildArticle, seededRandom } from './extract-article'
import { peerReanchor } from './peers/hypothesis-anchor'

const ARTICLE_CHARACTERS = 200_000
const ANNOTATIONS = 1_000
const RATES = [0.01, 0.05, 0.15]
// An edited counterpart counts as found when the attached span covers at least half of it (IoU).
const MIN_IOU = 0.5
// BENCH_SEED=n varies the edits (and the annotations), to check the figures are not one draw's luck.
const SEED = Number(process.env.BENCH_SEED ?? 0)

type Truth = { kind: 'gone' } | { kind: 'unchanged' | 'edited'; start: number; end: number; isNumberChanged: boolean }
type Outcome = 'correct' | 'wrong' | 'orphan'
interface Tally { correct: number; wrong: number; orphan: number; orphanOfDeleted: number; flagged: number; microseconds: number; wrongExamples: string[] }

function buildAnnotations(text: string, random: () => number): AnchorInput[] {
  const sentences = segmentSentences(text).filter((span) => span.end - span.start >= 20)
  const quantities = extractQuantities(text)
  const spans = new Map<string, { start: number; end: number }>()
  while (spans.size < ANNOTATIONS) {
    const pool = random() < 0.5 ? sentences : quantities
    const span = pool[Math.floor(random() * pool.length)]!
    spans.set(`${span.start}:${span.end}`, { start: span.start, end: span.end })
  }
  return [...spans.values()].map((span, index) => ({ id: `a${index}`, ...span, ...textQuoteSelector(text, span.start, span.end) }))
}

function truthOf(edited: EditedText, anchor: AnchorInput): Truth {
  let first = Infinity
  let last = -1
  let surviving = 0
  for (let i = anchor.start; i < anchor.end; i++) {
    if (edited.firstNew[i]! < 0) continue
    surviving++
    first = Math.min(first, edited.firstNew[i]!)
    last = Math.max(last, edited.lastNew[i]!)
  }
  if (surviving < (anchor.end - anchor.start) / 2) return { kind: 'gone' }
  const isNumberChanged = edited.isNumberChangedAt.subarray(first, last + 1).some((flag) => flag === 1)
  return { kind: edited.text.slice(first, last + 1) === anchor.exact ? 'unchanged' : 'edited', start: first, end: last + 1, isNumberChanged }
}

function judge(truth: Truth, result: { start?: number; end?: number }): Outcome {
  if (result.start === undefined || result.end === undefined) return 'orphan'
  if (truth.kind === 'gone') return 'wrong'
  if (truth.kind === 'unchanged') return result.start === truth.start && result.end === truth.end ? 'correct' : 'wrong'
  const overlap = Math.max(0, Math.min(result.end, truth.end) - Math.max(result.start, truth.start))
  const union = Math.max(result.end, truth.end) - Math.min(result.start, truth.start)
  return overlap / union >= MIN_IOU ? 'correct' : 'wrong'
}

function tally(anchors: AnchorInput[], truths: Truth[], edited: EditedText, results: { start?: number; end?: number; numbersChanged?: boolean }[], microseconds: number): Tally {
  const total: Tally = { correct: 0, wrong: 0, orphan: 0, orphanOfDeleted: 0, flagged: 0, microseconds, wrongExamples: [] }
  results.forEach((result, index) => {
    const truth = truths[index]!
    const outcome = judge(truth, result)
    total[outcome]++
    if (outcome === 'orphan' && truth.kind === 'gone') total.orphanOfDeleted++
    if (outcome === 'correct' && truth.kind !== 'gone' && truth.isNumberChanged && result.numbersChanged) total.flagged++
    if (outcome === 'wrong' && total.wrongExamples.length < 3) {
      total.wrongExamples.push(`"${anchors[index]!.exact.slice(0, 60)}" → "${edited.text.slice(result.start, result.end).slice(0, 60)}" (truth: ${truth.kind})`)
    }
  })
  return total
}

function main() {
  const article = buildArticle(loadCorpus(), ARTICLE_CHARACTERS)
  const oldText = article.text.slice(0, ARTICLE_CHARACTERS)
  const anchors = buildAnnotations(oldText, seededRandom(7 + SEED))
  console.log(`bench:anchor — ${oldText.length.toLocaleString('en')} characters, ${anchors.length} annotations; edits: ${EDIT_MIX.map(([name]) => name).join(', ')}\n`)
  const rows: string[][] = []
  const goals: string[] = []
  for (const rate of RATES) {
    const edited = applyEditSuite(oldText, rate, seededRandom(Math.round(rate * 1000) + SEED))
    const truths = anchors.map((anchor) => truthOf(edited, anchor))
    let started = performance.now()
    const ours = reanchor(oldText, edited.text, anchors)
    const oursTally = tally(anchors, truths, edited, ours, ((performance.now() - started) * 1000) / anchors.length)
    started = performance.now()
    const peer = anchors.map((anchor) => peerReanchor(edited.text, anchor))
    const peerTally = tally(anchors, truths, edited, peer, ((performance.now() - started) * 1000) / anchors.length)
    const counts = (kind: Truth['kind']) => truths.filter((truth) => truth.kind === kind).length
    const numbered = truths.filter((truth) => truth.kind !== 'gone' && truth.isNumberChanged).length
    const label = `${rate * 100}%`
    console.log(`${label}: truth ${counts('unchanged')} unchanged, ${counts('edited')} edited (${numbered} with a changed number), ${counts('gone')} deleted`)
    for (const [name, result] of [['claimtrack', oursTally], ['peer', peerTally]] as const) {
      rows.push([label, name, `${result.correct}`, `${result.wrong}`, `${result.orphan} (${result.orphanOfDeleted} deleted)`, name === 'claimtrack' ? `${result.flagged}/${numbered}` : '—', result.microseconds.toFixed(0)])
      for (const example of result.wrongExamples) console.log(`  wrong (${name}): ${example}`)
    }
    // recovered: correct among the annotations whose words survive the edit (the goal's measure)
    const surviving = truths.length - counts('gone')
    const recovered = (result: Tally) => `${((100 * result.correct) / surviving).toFixed(1)} %`
    goals.push(`${label}: recovered ${recovered(oursTally)} (peer ${recovered(peerTally)}); wrong ${oursTally.wrong} (peer ${peerTally.wrong}); correct ${(oursTally.correct / peerTally.correct).toFixed(3)}× peer; time ${(oursTally.microseconds / peerTally.microseconds).toFixed(2)}× peer`)
  }
  console.log()
  const header = ['rate', 'engine', 'correct', 'WRONG', 'orphaned', 'number flagged', 'µs/annotation']
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)))
  for (const row of [header, ...rows]) console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join('  '))
  console.log(`\n${goals.join('\n')}`)
}

main()
