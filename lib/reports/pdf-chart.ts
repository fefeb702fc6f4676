// The verdict distribution as a horizontal bar chart in vector shapes: sharp at any
// zoom and in print, with the label and count as real (selectable) text beside each bar.
import type { ReportSummary } from './report-model'
import { MUTED, PAGE_MARGIN, type PdfWriter } from './pdf-writer'

export const VERDICT_COLOURS: Record<string, string> = {
  ACCURATE: '#15803d',
  ACCURATE_WITH_CAVEATS: '#65a30d',
  MISLEADING: '#d97706',
  INACCURATE: '#ea580c',
  FALSE: '#b91c1c',
  UNVERIFIABLE: '#64748b',
  NONE: '#d6d3d1',
}

const ROW = 16
const LABEL_WIDTH = 130
const COUNT_WIDTH = 40

export function drawVerdictChart(writer: PdfWriter, summary: ReportSummary): void {
  const { doc } = writer
  const rows = summary.byVerdict
  writer.ensureSpace(rows.length * ROW + 24)
  const top = doc.y + 4
  const barMax = writer.width - LABEL_WIDTH - COUNT_WIDTH
  const largest = Math.max(1, ...rows.map((row) => row.count))
  rows.forEach((row, index) => {
    const y = top + index * ROW
    writer.setFont('regular', 9)
    doc.text(writer.fit(row.label), PAGE_MARGIN, y + 3, { width: LABEL_WIDTH - 8, align: 'right', lineBreak: false })
    // A thin track shows the scale even where the bar is empty.
    doc.rect(PAGE_MARGIN + LABEL_WIDTH, y + 2, barMax, ROW - 5).fill('#f5f5f4')
    const barWidth = (row.count / largest) * barMax
    if (row.count > 0) doc.rect(PAGE_MARGIN + LABEL_WIDTH, y + 2, Math.max(1.5, barWidth), ROW - 5).fill(VERDICT_COLOURS[row.verdict] ?? MUTED)
    writer.setFont('bold', 9)
    doc.text(String(row.count), PAGE_MARGIN + LABEL_WIDTH + barMax + 6, y + 3, { width: COUNT_WIDTH - 6, lineBreak: false })
  })
  doc.x = PAGE_MARGIN
  doc.y = top + rows.length * ROW + 8
}
