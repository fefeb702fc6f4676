import { describe, expect, it } from 'vitest'
import { csvNumber, csvText, renderReportCsv } from '@/lib/reports/render-csv'
import { sampleReport } from './report-sample'

// A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes. Throws on
// anything malformed (a bare quote in an unquoted field, an unterminated quote, a lone LF).
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let at = 0
  while (at < text.length) {
    let field = ''
    if (text[at] === '"') {
      at++
      for (;;) {
        if (at >= text.length) throw new Error('unterminated quote')
        if (text[at] === '"') {
          if (text[at + 1] === '"') {
            field += '"'
            at += 2
          } else {
            at++
            break
          }
        } else field += text[at++]
      }
    } else {
      while (at < text.length && text[at] !== ',' && text[at] !== '\r') {
        if (text[at] === '"' || text[at] === '\n') throw new Error(`bad character in unquoted field at ${at}`)
        field += text[at++]
      }
    }
    row.push(field)
    if (text[at] === ',') at++
    else if (text.startsWith('\r\n', at)) {
      rows.push(row)
      row = []
      at += 2
    } else if (at < text.length) throw new Error(`expected , or CRLF at ${at}`)
  }
  if (row.length) throw new Error('last record has no CRLF')
  return rows
}

describe('renderReportCsv', () => {
  const { claims, quantities } = renderReportCsv(sampleReport())

  it('writes RFC 4180: a header, CRLF line ends, quoted and doubled quotes, one row per claim', () => {
    expect(claims.endsWith('\r\n')).toBe(true)
    const rows = parseCsv(claims)
    expect(rows[0]).toEqual(expect.arrayContaining(['document_id', 'claim_id', 'quote', 'kind', 'status', 'verdict', 'rating_value', 'confidence', 'evidence_count', 'sources', 'finalised_by', 'override_reason']))
    expect(rows).toHaveLength(3)
    const header = rows[0]!
    const first = Object.fromEntries(header.map((name, index) => [name, rows[1]![index]]))
    expect(first).toMatchObject({
      document_id: 'doc-1',
      document_title: 'Trade | *report*',
      claim_id: 'claim-1',
      quote: 'Trade reached over $110 billion in 2024 <script>alert("x")</script>.',
      verdict: 'ACCURATE',
      rating_value: '5',
      confidence: '4.50',
      evidence_count: '2',
      sources: 'https://customs.example.gov/stats?year=2024&a=1 ; javascript:alert(1)',
      finalised_by: 'workflow',
    })
    const second = Object.fromEntries(header.map((name, index) => [name, rows[2]![index]]))
    expect(second).toMatchObject({ override_reason: 'The tracker is authoritative, see "notes"', finalised_by: 'override', rating_value: '3', confidence: '' })
    expect(claims).toContain('"The tracker is authoritative, see ""notes"""')
  })

  it('neutralizes formula injection in text cells and keeps plain negative numbers as numbers', () => {
    const rows = parseCsv(claims)
    const quoteIndex = rows[0]!.indexOf('quote')
    expect(rows[2]![quoteIndex]).toBe("'-5 sanctions, +3 = 15,000 @ 2022")
    for (const text of ['=1+1', '+1', '-x', '@SUM(A1)', '\tcmd', '\rcmd']) expect(parseCsv(`${csvText(text)}\r\n`)[0]![0]).toBe(`'${text}`)
    expect(csvText('a=1')).toBe('a=1')
    expect(csvNumber('-5')).toBe('-5')
    expect(csvNumber('-2.5')).toBe('-2.5')
    expect(csvNumber('-5+cmd')).toBe("'-5+cmd")
    expect(csvNumber(null)).toBe('')
    // Every cell of both files: none starts with a formula character unless it is a number.
    for (const row of [...parseCsv(claims), ...parseCsv(quantities)]) {
      for (const cell of row) if (/^[=+\-@\t\r]/.test(cell)) expect(cell).toMatch(/^-\d+(\.\d+)?$/)
    }
  })

  it('writes one row per quantity with its claim id', () => {
    const rows = parseCsv(quantities)
    expect(rows[0]).toEqual(['document_id', 'claim_id', 'position', 'text', 'value', 'value_max', 'unit', 'qualifier', 'year', 'formatted'])
    expect(rows.slice(1)).toEqual([
      ['doc-1', 'claim-1', '0', 'over $110 billion', '110000000000', '', 'USD', 'over', '2024', 'over 110,000,000,000 USD · in 2024'],
      ['doc-1', 'claim-2', '0', 'minus 5', '-5', '-2.5', 'count', '', '', '−5'],
    ])
  })

  it('round-trips multi-line text and gives headers alone for an empty report', () => {
    expect(parseCsv(`${csvText('line one\r\nline "two", three')}\r\n`)).toEqual([['line one\r\nline "two", three']])
    const empty = renderReportCsv(sampleReport({ documents: [] }))
    expect(parseCsv(empty.claims)).toHaveLength(1)
    expect(parseCsv(empty.quantities)).toHaveLength(1)
  })
})
