import PDFDocument from 'pdfkit'

// Real PDFs for the tests and the benchmark, written by pdfkit with the standard
// Helvetica (not embedded, as many generators do), at known positions so a test knows
// where headers, footers, columns and table cells are.

export type PdfDoc = InstanceType<typeof PDFDocument>

export const PAGE = { width: 612, height: 792, margin: 72 } as const
export const BODY_SIZE = 11

export function makePdf(draw: (doc: PdfDoc) => void, options: ConstructorParameters<typeof PDFDocument>[0] = {}): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'LETTER', margin: PAGE.margin, ...options })
    const chunks: Buffer[] = []
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))))
    doc.on('error', reject)
    doc.font('Helvetica').fontSize(BODY_SIZE)
    draw(doc)
    doc.end()
  })
}

// Text in the top and bottom margins, where pdfkit would otherwise start a new page.
export function drawMargins(doc: PdfDoc, { header, footer }: { header?: string; footer?: string }): void {
  const { margins } = doc.page
  const saved = { ...margins }
  doc.page.margins = { ...margins, top: 0, bottom: 0 }
  doc.fontSize(9)
  if (header) doc.text(header, PAGE.margin, 36, { lineBreak: false })
  if (footer) doc.text(footer, PAGE.margin, PAGE.height - 48, { width: PAGE.width - 2 * PAGE.margin, align: 'center', lineBreak: false })
  doc.page.margins = saved
  doc.fontSize(BODY_SIZE).text('', PAGE.margin, PAGE.margin)
}

export function heading(doc: PdfDoc, text: string, size = 18): void {
  doc.moveDown(0.5).fontSize(size).text(text).fontSize(BODY_SIZE).moveDown(0.5)
}

// A paragraph across the text width, then the gap before the next one.
export function paragraph(doc: PdfDoc, text: string, options: PDFKit.Mixins.TextOptions = {}): void {
  doc.fontSize(BODY_SIZE).text(text, { align: 'justify', ...options }).moveDown(0.8)
}

// Lines exactly as given (so a test decides where a word breaks), one paragraph.
export function brokenLines(doc: PdfDoc, lines: readonly string[]): void {
  doc.fontSize(BODY_SIZE)
  const pitch = doc.currentLineHeight(true)
  let y = doc.y
  for (const line of lines) {
    doc.text(line, PAGE.margin, y, { lineBreak: false })
    y += pitch
  }
  doc.text('', PAGE.margin, y).moveDown(0.8)
}

// Rows of cells at fixed x positions, a row per line.
export function table(doc: PdfDoc, rows: readonly (readonly string[])[], columnWidths: readonly number[]): void {
  let y = doc.y
  for (const row of rows) {
    let x = PAGE.margin
    row.forEach((cell, i) => {
      doc.text(cell, x, y, { width: columnWidths[i]! - 12, lineBreak: false })
      x += columnWidths[i]!
    })
    y += BODY_SIZE * 1.6
  }
  doc.text('', PAGE.margin, y + BODY_SIZE)
}
