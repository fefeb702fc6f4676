import 'server-only'
// The report as a PDF (pdfkit): real, selectable text, live links to sources, a vector
// verdict chart, and the SHA-256 content hash on the title page and in every footer.
import type { ReportModel } from './report-model'
import { drawVerdictChart } from './pdf-chart'
import { day, writeClaim } from './pdf-claims'
import { createPdfWriter, MUTED, PAGE_MARGIN, type PdfWriter } from './pdf-writer'

export interface RenderPdfOptions {
  // 'standard' forces the built-in WinAnsi fonts (no embedded TTF); see pdf-text.ts.
  fonts?: 'auto' | 'standard'
  // The app's public address, for the links to each quote in its archived source.
  baseUrl?: string
}

export async function renderReportPdf(report: ReportModel, contentHash: string, options: RenderPdfOptions = {}): Promise<Buffer> {
  const writer = createPdfWriter({ title: report.title, subject: `Claim report, SHA-256 ${contentHash}` }, options.fonts)
  const chunks: Buffer[] = []
  writer.doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const finished = new Promise<void>((resolve, reject) => {
    writer.doc.on('end', resolve)
    writer.doc.on('error', reject)
  })
  writeTitlePage(writer, report, contentHash)
  writeSummary(writer, report)
  writeClaims(writer, report, options.baseUrl)
  writeMethodology(writer, report)
  writeCorrections(writer, report)
  if (report.options.includeAuditAppendix) writeAudit(writer, report)
  writeFooters(writer, contentHash)
  writer.doc.end()
  await finished
  return Buffer.concat(chunks)
}

function writeTitlePage(writer: PdfWriter, report: ReportModel, contentHash: string): void {
  writer.para('Claim report', { size: 10, color: MUTED })
  writer.heading(report.title, 1)
  writer.field('Workspace', report.workspace.name)
  writer.field('Generated at', report.generatedAt)
  writer.field('Claims included', report.options.scope === 'verified' ? 'verified claims only' : 'all current claims, with their status')
  writer.field('SHA-256', contentHash)
  writer.heading('Documents and revisions covered', 2)
  if (!report.documents.length) writer.para('No documents were selected.', { color: MUTED })
  for (const document of report.documents) {
    writer.para(document.title, { face: 'bold' })
    const byline = [document.author, document.publisher, document.publishedAt].filter(Boolean).join(', ')
    if (byline) writer.para(byline, { size: 9.5, color: MUTED })
    if (document.sourceUrl) writer.link(document.sourceUrl, document.sourceUrl)
    writer.field('Revision', `#${document.revision.number} (${document.revision.id}), ${document.revision.createdAt}, text SHA-256 ${document.revision.contentHash}`)
    writer.gap(4)
  }
}

function writeSummary(writer: PdfWriter, report: ReportModel): void {
  const { summary } = report
  writer.heading('Summary', 2)
  writer.para(`${summary.claimCount} claim${summary.claimCount === 1 ? '' : 's'} in this report.`)
  writer.gap(2)
  writer.para('Verdicts', { face: 'bold', size: 10 })
  drawVerdictChart(writer, summary)
  const statuses = summary.byStatus.filter((row) => row.count > 0)
  if (statuses.length) writer.field('By status', statuses.map((row) => `${row.status.replaceAll('_', ' ').toLowerCase()} ${row.count}`).join(' · '))
}

function writeClaims(writer: PdfWriter, report: ReportModel, baseUrl: string | undefined): void {
  writer.doc.addPage()
  writer.heading('Claims', 1)
  if (!report.summary.claimCount) writer.para(report.options.scope === 'verified' ? 'No verified claims in the selected documents yet.' : 'No claims in the selected documents.', { color: MUTED })
  for (const document of report.documents) {
    if (!document.claims.length) continue
    writer.heading(document.title, 2)
    document.claims.forEach((claim, index) => writeClaim(writer, claim, index + 1, baseUrl))
  }
}

function writeMethodology(writer: PdfWriter, report: ReportModel): void {
  const { methodology } = report
  writer.heading('Methodology', 1)
  writer.field('Selection', methodology.selection)
  writer.field('Checking', methodology.checking)
  const { verifyMinRatings, verifyMinAgreement, verifyRequiresStrongEvidence } = methodology.thresholds
  writer.field('Thresholds', `at least ${verifyMinRatings} rating(s), agreement ${verifyMinAgreement}, strong evidence ${verifyRequiresStrongEvidence ? 'required' : 'not required'}`)
}

function writeCorrections(writer: PdfWriter, report: ReportModel): void {
  writer.heading('Corrections', 1)
  if (!report.corrections.length) writer.para('No verdict was changed after a claim was first verified.', { color: MUTED })
  for (const correction of report.corrections) {
    writer.ensureSpace(40)
    writer.para(`${day(correction.at)}: “${correction.quote}”`, { face: 'bold', size: 9.5 })
    writer.para(`${correction.from ?? 'none'} → ${correction.to ?? 'none'}${correction.by ? ` by ${correction.by}` : ''}${correction.reason ? `. Reason: ${correction.reason}` : ''}`, { size: 9.5, indent: 10 })
  }
}

function writeAudit(writer: PdfWriter, report: ReportModel): void {
  writer.heading('Audit appendix', 1)
  if (!report.audit.length) writer.para('No activity recorded.', { color: MUTED })
  for (const entry of report.audit) {
    writer.para(`${entry.at.replace('T', ' ').slice(0, 19)}  ${entry.actor ?? 'system'} — ${entry.action}: ${entry.summary}`, { size: 8.5 })
  }
}

function writeFooters(writer: PdfWriter, contentHash: string): void {
  const { doc } = writer
  const range = doc.bufferedPageRange()
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index)
    // Below the bottom margin: lift it for the footer, or pdfkit would start a new page.
    const bottom = doc.page.margins.bottom
    doc.page.margins.bottom = 0
    writer.setFont('regular', 7.5, MUTED)
    doc.text(`SHA-256 ${contentHash} · page ${index + 1} of ${range.count}`, PAGE_MARGIN, doc.page.height - PAGE_MARGIN + 20, { width: writer.width, align: 'center', lineBreak: false })
    doc.page.margins.bottom = bottom
  }
}
