// Sentence segmentation: Intl.Segmenter plus the repairs news text needs.
import { describe, expect, it } from 'vitest'
import { segmentSentences } from '@/lib/extract'

function sentences(text: string): string[] {
  return segmentSentences(text).map(({ start, end }) => text.slice(start, end))
}

describe('segmentSentences', () => {
  it.each([
    ['Sales rose. Costs fell! Why? Nobody knows.', ['Sales rose.', 'Costs fell!', 'Why?', 'Nobody knows.']],
    ['The U.S. Department of State said so. It was new.', ['The U.S. Department of State said so.', 'It was new.']],
    ['U.S. officials met. They agreed.', ['U.S. officials met.', 'They agreed.']],
    ['He moved to the U.S. The firm grew.', ['He moved to the U.S.', 'The firm grew.']],
    ['Dr. Smith and Mrs. Jones met Prof. Lee. They talked.', ['Dr. Smith and Mrs. Jones met Prof. Lee.', 'They talked.']],
    ['Costs, e.g. rent, rose. Wages did not.', ['Costs, e.g. rent, rose.', 'Wages did not.']],
    ['J. K. Rowling wrote it. It sold.', ['J. K. Rowling wrote it.', 'It sold.']],
    ['Inflation was 3.5 percent. GDP grew 2.1%.', ['Inflation was 3.5 percent.', 'GDP grew 2.1%.']],
    ['He said "We will win." Then he left.', ['He said "We will win."', 'Then he left.']],
    ['“Really?” she asked. He nodded.', ['“Really?” she asked.', 'He nodded.']],
    ['He paused... then left. Wait... Then.', ['He paused... then left.', 'Wait...', 'Then.']],
    ['See Fig. 3 and No. 5 for details.', ['See Fig. 3 and No. 5 for details.']],
    ['They met at 5 p.m. on Monday.', ['They met at 5 p.m. on Monday.']],
  ])('%s', (text, expected) => {
    expect(sentences(text)).toEqual(expected)
  })

  it('treats lines as boundaries and strips list markers', () => {
    const text = 'Key figures\n- Sales rose 5%.\n* Costs fell.\n• Staff grew\n1. First item here.\n2) Second item.\n(a) Third.'
    expect(sentences(text)).toEqual(['Key figures', 'Sales rose 5%.', 'Costs fell.', 'Staff grew', 'First item here.', 'Second item.', 'Third.'])
  })

  it('keeps an inline numbered list marker with its item', () => {
    expect(sentences('1. The first item. 2. The second.')).toEqual(['The first item.', 'The second.'])
  })

  it('returns spans into the original text, trimmed, for empty and blank input too', () => {
    expect(segmentSentences('')).toEqual([])
    expect(segmentSentences('  \n\n \t ')).toEqual([])
    const text = '  Indented sentence.   Next one.  \r\n'
    const spans = segmentSentences(text)
    expect(spans.map(({ start, end }) => text.slice(start, end))).toEqual(['Indented sentence.', 'Next one.'])
  })

  it('segments a very long line without slowing down', () => {
    const text = 'Sales rose 5% in 2024 while the costs fell. '.repeat(20_000)
    const started = performance.now()
    const spans = segmentSentences(text)
    expect(spans).toHaveLength(20_000)
    expect(performance.now() - started).toBeLessThan(5_000)
  })
})
