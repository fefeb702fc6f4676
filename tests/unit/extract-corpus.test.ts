// The extractor against the hand-labeled corpus (tests/fixtures/extract/): fails below
// precision 0.95 or recall 0.95 on (value, unit) pairs, overall. Per-genre figures and
// the agreement on qualifier/year/countedNoun/valueMax are printed, not gated.
import { describe, expect, it } from 'vitest'
import { extractQuantities } from '@/lib/extract'
import { loadCorpus } from '@/tests/support/extract-corpus'
import { compareAttributes, formatMismatches, formatScoreTable, scoreCorpus } from '@/tests/support/extract-scoring'

const MIN_PRECISION = 0.95
const MIN_RECALL = 0.95
const MISMATCHES_SHOWN = 30

describe('extraction quality on the labeled corpus', () => {
  const corpus = loadCorpus()
  const report = scoreCorpus(
    corpus.map((sentence) => ({ id: sentence.id, genre: sentence.genre, gold: sentence.quantities, predicted: extractQuantities(sentence.text) })),
  )

  it(`reaches precision ${MIN_PRECISION} and recall ${MIN_RECALL} on (value, unit) pairs`, () => {
    const rows = [...report.byGenre].map(([label, scores]) => ({ label, scores })).concat({ label: 'overall', scores: report.overall })
    console.log(`extractQuantities on ${corpus.length} labeled sentences\n${formatScoreTable(rows)}`)
    const attributes = compareAttributes(report.sentences)
    console.log(attributes.map(({ attribute, checked, agreed }) => `${attribute} ${agreed}/${checked}`).join(' · '))

    const { precision, recall } = report.overall
    if (precision < MIN_PRECISION || recall < MIN_RECALL) {
      console.log(`first ${MISMATCHES_SHOWN} mismatches:\n${formatMismatches(report.sentences, MISMATCHES_SHOWN).join('\n')}`)
    }
    expect(precision, 'precision').toBeGreaterThanOrEqual(MIN_PRECISION)
    expect(recall, 'recall').toBeGreaterThanOrEqual(MIN_RECALL)
  })
})
