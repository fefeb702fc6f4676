import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { GENRES, SEED_ARTICLE_PATH, loadCorpus, parseCorpus } from '@/tests/support/extract-corpus'
import {
  canonicalDecimal,
  compareAttributes,
  formatMismatches,
  formatScoreTable,
  scoreCorpus,
  scoreSentence,
  toScores,
  type Attributed,
} from '@/tests/support/extract-scoring'

const q = (value: string, unit: string, extra: Partial<Attributed> = {}): Attributed => ({ value, unit, ...extra })

describe('canonicalDecimal', () => {
  it('treats leading and trailing zeros as the same value', () => {
    expect(canonicalDecimal('84.20')).toBe('84.2')
    expect(canonicalDecimal('007')).toBe('7')
    expect(canonicalDecimal('0.50')).toBe('0.5')
    expect(canonicalDecimal('12.000')).toBe('12')
    expect(canonicalDecimal('-0.0')).toBe('0')
    expect(canonicalDecimal('-89.20')).toBe('-89.2')
    expect(canonicalDecimal('110000000000')).toBe('110000000000')
  })

  it('refuses anything that is not an exact decimal', () => {
    for (const value of ['1.1e11', '1,000', '15 000', ' 5', '5.', '.5', '', '$5', 'NaN', '+5']) {
      expect(canonicalDecimal(value), value).toBeUndefined()
    }
  })
})

describe('scoreSentence', () => {
  it('counts a pair found on both sides once, whatever the order', () => {
    const score = scoreSentence([q('8000000000', 'USD'), q('110000000000', 'USD')], [q('110000000000', 'USD'), q('8000000000', 'USD')])
    expect(score).toMatchObject({ tp: 2, fp: 0, fn: 0, missing: [], extra: [] })
  })

  it('matches equal values written differently', () => {
    expect(scoreSentence([q('84.2', 'USD')], [q('84.20', 'USD')])).toMatchObject({ tp: 1, fp: 0, fn: 0 })
  })

  it('needs the unit too: a right value with a wrong unit is one miss and one extra', () => {
    const score = scoreSentence([q('12', 'percentage_point')], [q('12', 'percent')])
    expect(score).toMatchObject({ tp: 0, fp: 1, fn: 1 })
    expect(score.missing).toEqual([q('12', 'percentage_point')])
    expect(score.extra).toEqual([q('12', 'percent')])
  })

  it('compares multisets: a repeated pair must be found as often as it is labeled', () => {
    const gold = [q('15000', 'count'), q('15000', 'count')]
    expect(scoreSentence(gold, [q('15000', 'count')])).toMatchObject({ tp: 1, fp: 0, fn: 1 })
    expect(scoreSentence(gold, [q('15000', 'count'), q('15000', 'count'), q('15000', 'count')])).toMatchObject({ tp: 2, fp: 1, fn: 0 })
  })

  it('never matches an invalid predicted value, even one numerically equal', () => {
    expect(scoreSentence([q('110000000000', 'USD')], [q('1.1e11', 'USD')])).toMatchObject({ tp: 0, fp: 1, fn: 1 })
    expect(scoreSentence([q('1000', 'count')], [q('1,000', 'count')])).toMatchObject({ tp: 0, fp: 1, fn: 1 })
  })

  it('pairs each gold label with the prediction that matched it, and keeps extras in order', () => {
    const gold = [q('5', 'count', { countedNoun: 'companies' })]
    const predicted = [q('2024', 'count'), q('5', 'count', { countedNoun: 'companies' }), q('50', 'count')]
    const score = scoreSentence(gold, predicted)
    expect(score.matched).toEqual([[gold[0], predicted[1]]])
    expect(score.extra).toEqual([predicted[0], predicted[2]])
  })

  it('scores a sentence without quantities as nothing to find', () => {
    expect(scoreSentence([], [])).toMatchObject({ tp: 0, fp: 0, fn: 0 })
    expect(scoreSentence([], [q('2024', 'count')])).toMatchObject({ tp: 0, fp: 1, fn: 0 })
  })
})

describe('toScores', () => {
  it('computes precision, recall and their harmonic mean', () => {
    const scores = toScores({ tp: 8, fp: 2, fn: 4 })
    expect(scores.precision).toBeCloseTo(0.8, 10)
    expect(scores.recall).toBeCloseTo(8 / 12, 10)
    expect(scores.f1).toBeCloseTo((2 * 0.8 * (8 / 12)) / (0.8 + 8 / 12), 10)
  })

  it('handles empty denominators without NaN', () => {
    expect(toScores({ tp: 0, fp: 0, fn: 5 })).toMatchObject({ precision: 1, recall: 0, f1: 0 })
    expect(toScores({ tp: 0, fp: 3, fn: 0 })).toMatchObject({ precision: 0, recall: 1, f1: 0 })
    expect(toScores({ tp: 0, fp: 0, fn: 0 })).toMatchObject({ precision: 1, recall: 1, f1: 1 })
    expect(toScores({ tp: 0, fp: 3, fn: 2 })).toMatchObject({ precision: 0, recall: 0, f1: 0 })
  })
})

describe('scoreCorpus', () => {
  const items = [
    { id: 'econ-001', genre: 'economics', gold: [q('1', 'USD'), q('2', 'USD')], predicted: [q('1', 'USD')] },
    { id: 'econ-002', genre: 'economics', gold: [], predicted: [q('2024', 'count')] },
    { id: 'health-001', genre: 'health', gold: [q('3', 'kg')], predicted: [q('3', 'kg')] },
  ]

  it('sums counts over sentences, per genre and overall (micro-average)', () => {
    const report = scoreCorpus(items)
    expect(report.byGenre.get('economics')).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5 })
    expect(report.byGenre.get('health')).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 })
    expect(report.overall).toMatchObject({ tp: 2, fp: 1, fn: 1 })
    expect(report.overall.precision).toBeCloseTo(2 / 3, 10)
    expect([...report.byGenre.keys()]).toEqual(['economics', 'health'])
  })

  it('lists the disagreeing sentences with what was missed and what was added', () => {
    const lines = formatMismatches(scoreCorpus(items).sentences, 30)
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(/^econ-001\s+missing: 2 USD\s+extra: —$/)
    expect(lines[1]).toMatch(/^econ-002\s+missing: —\s+extra: 2024 count$/)
    expect(formatMismatches(scoreCorpus(items).sentences, 1)).toHaveLength(1)
  })

  it('prints a table with one row per label', () => {
    const report = scoreCorpus(items)
    const table = formatScoreTable([...report.byGenre].map(([label, scores]) => ({ label, scores })).concat({ label: 'overall', scores: report.overall }))
    const rows = table.split('\n')
    expect(rows).toHaveLength(4)
    expect(rows[1]).toMatch(/^economics\s+1\s+1\s+1\s+50\.0%\s+50\.0%\s+50\.0%$/)
    expect(rows[3]).toMatch(/^overall\s+2\s+1\s+1\s+66\.7%\s+66\.7%\s+66\.7%$/)
  })
})

describe('compareAttributes', () => {
  it('checks only the attributes a gold label has, on matched pairs', () => {
    const gold = [q('110000000000', 'USD', { qualifier: 'over', year: 2024 }), q('4000000', 'count', { countedNoun: 'patents' }), q('9', 'kg')]
    const predicted = [q('110000000000', 'USD', { qualifier: 'over' }), q('4000000', 'count', { countedNoun: 'valid patents', qualifier: 'over' }), q('9', 'kg', { year: 1999 })]
    const [qualifier, year, countedNoun, valueMax] = compareAttributes(scoreCorpus([{ id: 'seed-007', genre: 'seed', gold, predicted }]).sentences)
    expect(qualifier).toMatchObject({ checked: 1, agreed: 1 })
    expect(year).toMatchObject({ checked: 1, agreed: 0, disagreements: ['seed-007: 110000000000 USD year 2024 → (none)'] })
    expect(countedNoun).toMatchObject({ checked: 1, agreed: 1 })
    expect(valueMax).toMatchObject({ checked: 0, agreed: 0 })
  })

  it('compares range ends as decimals and counted nouns by their head', () => {
    const gold = [q('5', 'count', { valueMax: '10', countedNoun: 'engineers' })]
    const agreeing = scoreCorpus([{ id: 'a', genre: 'tech', gold, predicted: [q('5', 'count', { valueMax: '10.0', countedNoun: 'Engineers' })] }])
    expect(compareAttributes(agreeing.sentences).map((result) => result.agreed)).toEqual([0, 0, 1, 1])
    const disagreeing = scoreCorpus([{ id: 'b', genre: 'tech', gold, predicted: [q('5', 'count', { valueMax: '11', countedNoun: 'engineering' })] }])
    expect(compareAttributes(disagreeing.sentences).map((result) => result.agreed)).toEqual([0, 0, 0, 0])
  })
})

describe('parseCorpus', () => {
  const line = (quantities: unknown[], extra: Record<string, unknown> = {}) =>
    JSON.stringify({ id: 'econ-001', genre: 'economics', text: 'Revenue rose 6% to $94.9 billion.', quantities, ...extra })
  const good = { value: '6', unit: 'percent', text: '6%' }

  it('accepts a line that follows the guidelines', () => {
    const [sentence] = parseCorpus(`${line([good, { value: '94900000000', unit: 'USD', text: '$94.9 billion' }])}\n`)
    expect(sentence?.quantities.map((quantity) => quantity.unit)).toEqual(['percent', 'USD'])
  })

  it.each([
    ['a value with grouping', [{ ...good, value: '6,0' }], /exact decimal/],
    ['a value with a trailing zero', [{ ...good, value: '6.0' }], /exact decimal/],
    ['an unknown unit', [{ ...good, unit: 'per cent' }], /unit of GUIDELINES/],
    ['an unknown qualifier', [{ ...good, qualifier: 'roughly' }], /qualifier/],
    ['a misspelt field', [{ ...good, qualifer: 'about' }], /qualifer/],
    ['a label missing from the text', [{ ...good, text: '6 %' }], /"6 %" does not occur/],
    ['labels out of order', [{ value: '94900000000', unit: 'USD', text: '$94.9 billion' }, good], /"6%" is out of order/],
    ['a range upside down', [{ ...good, valueMax: '5' }], /valueMax 5 is not above/],
  ])('refuses %s', (_name, quantities, message) => {
    expect(() => parseCorpus(line(quantities))).toThrow(message)
  })

  it('refuses a line that is not JSON, an unknown genre and a duplicate id, naming each line', () => {
    const text = [line([good]), '{"id": "econ-002",', line([good]), line([good], { id: 'econ-003', genre: 'finance' })].join('\n')
    expect(() => parseCorpus(text)).toThrow(/3 problem\(s\)[\s\S]*line 2: not JSON[\s\S]*line 3: duplicate id econ-001[\s\S]*line 4: .*genre/)
  })
})

describe('the labeled corpus', () => {
  const corpus = loadCorpus()

  it('loads without a single problem', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(320)
  })

  it('covers every genre, at least 35 sentences each, each with sentences that have no quantity', () => {
    for (const genre of GENRES.filter((name) => name !== 'seed')) {
      const sentences = corpus.filter((sentence) => sentence.genre === genre)
      expect(sentences.length, genre).toBeGreaterThanOrEqual(35)
      expect(sentences.some((sentence) => sentence.quantities.length === 0), genre).toBe(true)
    }
    const empty = corpus.filter((sentence) => sentence.quantities.length === 0).length
    expect(empty / corpus.length).toBeGreaterThanOrEqual(0.2)
  })

  it('holds every sentence of the seed article verbatim, in order', () => {
    const article = readFileSync(SEED_ARTICLE_PATH, 'utf8').split('\n').filter(Boolean).join(' ')
    const seed = corpus.filter((sentence) => sentence.genre === 'seed').map((sentence) => sentence.text)
    expect(seed.join(' ')).toBe(article.trim())
  })
})
