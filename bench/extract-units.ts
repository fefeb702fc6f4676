// bench:extract, the currencies-and-units set (issue 17): precision and recall of
// (value, unit) on each half, the share of figures whose value is right whatever the
// unit, and the figures found with a wrong currency or unit (the goal: none).
import { extractQuantities } from '@/lib/extract'
import { formatMismatches, formatScoreTable } from '@/tests/support/extract-scoring'
import { loadUnitsSet, scoreUnitsSet, UNITS_HALVES } from '@/tests/support/extract-units-set'

const pct = (ratio: number) => `${(ratio * 100).toFixed(1)}%`

export function printUnitsSet(): void {
  for (const half of UNITS_HALVES) {
    const sentences = loadUnitsSet(half)
    const score = scoreUnitsSet(sentences, extractQuantities)
    const labels = sentences.reduce((sum, sentence) => sum + sentence.quantities.length, 0)
    const about = half === 'heldout' ? 'written first, never tuned on' : 'the engine was fixed on its failures'
    console.log(`\nCurrencies and units (issue 17), ${half} half (${about}): ${sentences.length} sentences, ${labels} labeled quantities`)
    const rows = [...score.byGenre].map(([label, scores]) => ({ label, scores })).concat({ label: 'overall', scores: score.overall })
    console.log(formatScoreTable(rows).replace('genre', 'family'))
    console.log(`value right (any unit): ${pct(score.valueRecall)}; value and unit right (recall): ${pct(score.overall.recall)}`)
    console.log(`wrong currency or unit: ${score.wrongUnit.length} (goal 0)${score.wrongUnit.map((line) => `\n  ${line}`).join('')}`)
    if (half === 'tuning') console.log(formatMismatches(score.sentences, 40).join('\n'))
  }
}
