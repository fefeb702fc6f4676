// The report as two RFC 4180 CSV files: one row per claim, one row per quantity.
// CRLF line ends, a header row, fields quoted when they hold a comma, a quote, CR or LF,
// quotes doubled. Pure.
//
// Formula injection: a spreadsheet runs a cell that starts with = + - @ (or a tab or CR,
// which some strip first) as a formula, so such a text cell gets a leading apostrophe.
// Numeric columns (rating value, confidence, counts, quantity values, year) are written
// as plain numbers: a value that is exactly a decimal number ("-5", "12.50") cannot be
// a formula and stays a number, so "-5" keeps its sign and sorts as a number; anything
// else in those columns is treated as text and neutralized like any other cell.
import type { ReportClaim, ReportDocument, ReportModel } from './report-model'

type Cell = string | number | null | undefined

const NUMBER = /^-?\d+(\.\d+)?$/
const FORMULA_START = /^[=+\-@\t\r]/

export function csvText(value: Cell): string {
  if (value === null || value === undefined) return ''
  const text = String(value)
  return quote(FORMULA_START.test(text) ? `'${text}` : text)
}

export function csvNumber(value: Cell): string {
  if (value === null || value === undefined) return ''
  const text = String(value)
  return NUMBER.test(text) ? text : csvText(text)
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

export function csvRows(header: string[], rows: string[][]): string {
  return [header.map(csvText), ...rows].map((row) => `${row.join(',')}\r\n`).join('')
}

export const CLAIM_HEADER = [
  'document_id', 'document_title', 'revision_id', 'claim_id', 'start', 'end', 'quote', 'kind', 'status', 'verdict', 'verdict_label',
  'rating_value', 'confidence', 'rating_count', 'evidence_count', 'sources', 'finalised_by', 'verdict_by', 'verdict_at', 'override_reason',
]

export const QUANTITY_HEADER = ['document_id', 'claim_id', 'position', 'text', 'value', 'value_max', 'unit', 'qualifier', 'year', 'formatted']

type CsvDocument = Pick<ReportDocument, 'id' | 'title'> & { revision: Pick<ReportDocument['revision'], 'id'> }

// One claim's row, for the whole file here and for the streamed export batch by batch.
export function claimCsvRow(document: CsvDocument, claim: ReportClaim): string[] {
  // Each source once, by its link (a file-only source by its title), in the order first cited.
  const sources = [...new Set(claim.evidence.map((item) => item.source.url ?? item.source.title))].join(' ; ')
  return [
    csvText(document.id), csvText(document.title), csvText(document.revision.id), csvText(claim.id),
    csvNumber(claim.start), csvNumber(claim.end), csvText(claim.quote), csvText(claim.kind), csvText(claim.status),
    csvText(claim.verdict), csvText(claim.verdictLabel), csvNumber(claim.ratingValue), csvNumber(claim.confidence),
    csvNumber(claim.ratings.length), csvNumber(claim.evidence.length), csvText(sources), csvText(claim.finalisedBy?.rule),
    csvText(claim.finalisedBy?.by), csvText(claim.finalisedBy?.at), csvText(claim.finalisedBy?.overrideReason),
  ]
}

export function quantityCsvRows(document: CsvDocument, claim: ReportClaim): string[][] {
  return claim.quantities.map((quantity, position) => [
    csvText(document.id), csvText(claim.id), csvNumber(position), csvText(quantity.text), csvNumber(quantity.value),
    csvNumber(quantity.valueMax), csvText(quantity.unit), csvText(quantity.qualifier), csvNumber(quantity.year), csvText(quantity.formatted),
  ])
}

export function renderReportCsv(report: ReportModel): { claims: string; quantities: string } {
  const claimRows: string[][] = []
  const quantityRows: string[][] = []
  for (const document of report.documents) {
    for (const claim of document.claims) {
      claimRows.push(claimCsvRow(document, claim))
      quantityRows.push(...quantityCsvRows(document, claim))
    }
  }
  return { claims: csvRows(CLAIM_HEADER, claimRows), quantities: csvRows(QUANTITY_HEADER, quantityRows) }
}
