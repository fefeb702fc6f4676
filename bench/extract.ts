// npm run bench:extract — our extractor against two peers, in one process on the same
// inputs: @microsoft/recognizers-text-suite (number, currency, percentage, ordinal
// models) and compromise (.numbers(), .money(), .percentages()).
//   1. precision / recall / F1 on the labeled corpus, (value, unit) pairs
//   2. throughput on a generated 5 MB article (slow peers: a fixed sample, extrapolated)
//   3. memory per recognizer, each in a fresh process; linearity of ours at 1 MB vs 5 MB
//   4. article extraction (issue 15): our HTML import and plain Readability on the pages
//      of tests/fixtures/pages (bench/extract-pages.ts)
// MB = 10^6 bytes of UTF-8 text. BENCH_ONLY=article runs the article section alone.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { CORPUS_PATH, loadCorpus } from '@/tests/support/extract-corpus'
import { scoreCorpus, type Scores } from '@/tests/support/extract-scoring'
import { articlePrefix, buildArticle, type Article } from './extract-article'
import { measureMemory, type MemoryReport } from './extract-memory'
import { printArticleExtraction } from './extract-pages'
import { printUnitsSet } from './extract-units'
import { OURS, RECOGNIZERS, type Recognizer } from './extract-recognizers'
import { printAccuracy, printGoals, printLinearity, printThroughput, type Throughput } from './extract-report'

const MB = 1_000_000
const ARTICLE_BYTES = 5 * MB
const SMALL_ARTICLE_BYTES = 1 * MB
const WARM_UP_PARAGRAPHS = 20

const HOLDOUT_PATH = path.join(path.dirname(CORPUS_PATH), 'holdout.jsonl')

function timeParagraphs(recognizer: Recognizer, paragraphs: readonly string[]): Omit<Throughput, 'name' | 'memory'> {
  for (const paragraph of paragraphs.slice(0, WARM_UP_PARAGRAPHS)) recognizer.extract(paragraph)
  let found = 0
  const started = performance.now()
  for (const paragraph of paragraphs) found += recognizer.extract(paragraph).length
  const ms = performance.now() - started
  const bytes = paragraphs.reduce((sum, paragraph) => sum + Buffer.byteLength(paragraph), 0)
  return { bytes, paragraphs: paragraphs.length, ms, found, isSampled: recognizer.sampleBytes !== undefined }
}

function scoreAll(sentences: ReturnType<typeof loadCorpus>) {
  const accuracy = new Map<string, { overall: Scores; byGenre: Map<string, Scores> }>()
  for (const recognizer of RECOGNIZERS.filter((candidate) => candidate.isScored)) {
    accuracy.set(recognizer.name, scoreCorpus(sentences.map(({ id, genre, text, quantities }) => ({ id, genre, gold: quantities, predicted: recognizer.extract(text) }))))
  }
  return accuracy
}

const countQuantities = (sentences: ReturnType<typeof loadCorpus>) => sentences.reduce((sum, sentence) => sum + sentence.quantities.length, 0)

function main(): void {
  if (process.env.BENCH_ONLY === 'article') return printArticleExtraction()
  const corpus = loadCorpus()
  const accuracy = scoreAll(corpus)
  printAccuracy(accuracy, corpus.length, countQuantities(corpus), 'the labeled corpus (the development set)')
  const holdout = loadCorpus(HOLDOUT_PATH)
  printAccuracy(scoreAll(holdout), holdout.length, countQuantities(holdout), 'the held-out set (never used to tune the engine)')
  printUnitsSet()

  const article = buildArticle(corpus, ARTICLE_BYTES)
  const directory = mkdtempSync(path.join(tmpdir(), 'bench-extract-'))
  try {
    const throughputs = RECOGNIZERS.map((recognizer): Throughput => {
      const paragraphs = recognizer.sampleBytes ? articlePrefix(article, recognizer.sampleBytes) : article.paragraphs
      const timing = timeParagraphs(recognizer, paragraphs)
      const file = path.join(directory, `${recognizer.name.replaceAll(' ', '-')}.txt`)
      writeFileSync(file, paragraphs.join('\n\n'))
      return { name: recognizer.name, ...timing, memory: measureMemory(recognizer.name, file, 'paragraphs') }
    })
    printThroughput(article, throughputs)
    const linearity = measureLinearity(corpus, article, directory)
    printLinearity(linearity)
    printGoals(accuracy, throughputs, linearity)
    printArticleExtraction()
  } finally {
    rmSync(directory, { recursive: true, force: true })
  }
}

// Ours on one call with the whole text, at 1 MB and at 5 MB (the 1 MB article is the
// same seeded sequence, cut shorter).
function measureLinearity(corpus: ReturnType<typeof loadCorpus>, article: Article, directory: string): { bytes: number; memory: MemoryReport }[] {
  const small = buildArticle(corpus, SMALL_ARTICLE_BYTES)
  return [small, article].map(({ text, bytes }) => {
    const file = path.join(directory, `whole-${bytes}.txt`)
    writeFileSync(file, text)
    return { bytes, memory: measureMemory(OURS, file, 'whole') }
  })
}

main()
