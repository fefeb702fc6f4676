// bench:extract, article extraction (issue 15): the article text our HTML import keeps
// from a web page against the hand-made ground truth of tests/fixtures/pages, beside
// plain Mozilla Readability run the same way on the same pages. Measure: precision and
// recall of token 4-grams (tests/support/article-score.ts), micro (pooled 4-grams) and
// macro (mean over pages), on each half of the set.
import { ARTICLE_EXTRACTORS, loadPages, OUR_IMPORT, PAGE_HALVES, scorePages, type ScoredPages } from '@/tests/support/article-pages'

const GOAL = { precision: 0.95, recall: 0.97 }
const ratio = (value: number) => value.toFixed(3)

function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column]!.length)))
  const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ')
  return [line(header), line(widths.map((width) => '─'.repeat(width))), ...rows.map(line)].join('\n')
}

const ABOUT = { heldout: 'written first, never tuned on', tuning: 'the rules may be fixed on its failures' } as const

export function printArticleExtraction(): void {
  console.log('\nArticle extraction (issue 15): token 4-gram precision / recall / F1 against hand-made article text')
  const oursByHalf = new Map<string, ScoredPages>()
  for (const half of PAGE_HALVES) {
    const pages = loadPages(half)
    const results = ARTICLE_EXTRACTORS.map((extractor) => ({ extractor, scored: scorePages(pages, extractor) }))
    oursByHalf.set(half, results.find(({ extractor }) => extractor === OUR_IMPORT)!.scored)
    console.log(`\n${half} half (${ABOUT[half]}): ${pages.length} pages`)
    const rows = results.map(({ extractor, scored: { set } }) => [
      extractor.name, ratio(set.micro.precision), ratio(set.micro.recall), ratio(set.micro.f1), ratio(set.macro.precision), ratio(set.macro.recall), ratio(set.macro.f1),
    ])
    console.log(table(['extractor', 'micro P', 'micro R', 'micro F1', 'macro P', 'macro R', 'macro F1'], rows))
    console.log('\nper page, P / R')
    const pageRows = pages.map((page, index) => [page.name, ...results.map(({ scored }) => `${ratio(scored.pages[index]!.score.precision)} / ${ratio(scored.pages[index]!.score.recall)}`)])
    console.log(table(['page', ...results.map(({ extractor }) => extractor.name)], pageRows))
  }
  const verdicts = [...oursByHalf].map(([half, { set }]) => {
    const met = set.micro.precision >= GOAL.precision && set.micro.recall >= GOAL.recall
    return `${half} ${met ? 'met' : 'missed'} (P ${ratio(set.micro.precision)}, R ${ratio(set.micro.recall)})`
  })
  console.log(`\nGoal for ours, micro: precision ≥ ${GOAL.precision} with recall ≥ ${GOAL.recall} — ${verdicts.join('; ')}`)
}
