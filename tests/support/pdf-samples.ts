import { drawMargins, heading, makePdf, PAGE, paragraph, table } from './pdf-fixture'

// Whole PDFs the import and snapshot tests share: a short report with a figure per
// page, and the files Claimtrack must refuse with a clear message.

// One figure per page, each a sentence the claim extractor takes.
export const FINDINGS = [
  'Exports of machinery rose by 4.2% to $15.3 billion in 2023, the customs office said.',
  'Unemployment fell to 5.2% in December 2023, with 140,000 jobs added over the year.',
  'Inflation averaged 4.6% in 2023, down from 7.9% a year earlier, as energy prices eased.',
  'The budget deficit narrowed to 2.1% of output in 2023, below the ceiling of 3%.',
]
export const REPORT_TITLE = 'Annual Economic Report 2023'
export const REPORT_TABLE_ROW = 'North | $9.1 billion | +5.0%'
export const chapterHeading = (page: number) => `Chapter ${page}: The year in figures`

// A page per finding under a chapter heading, a running header and "Page n of 4"; a
// table on the first page.
export function findingsReport(): Promise<Uint8Array> {
  return makePdf(
    (doc) => {
      FINDINGS.forEach((finding, i) => {
        if (i > 0) doc.addPage()
        drawMargins(doc, { header: REPORT_TITLE, footer: `Page ${i + 1} of ${FINDINGS.length}` })
        heading(doc, chapterHeading(i + 1))
        paragraph(doc, finding)
        if (i === 0) table(doc, [['Region', 'Exports', 'Change'], ['North', '$9.1 billion', '+5.0%'], ['South', '$6.2 billion', '+3.1%']], [160, 140, 100])
      })
    },
    { info: { Title: REPORT_TITLE, Author: 'National Statistics Office' } },
  )
}

// A 1×1 grey PNG, scaled over the page like a scan.
export const PIXEL_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==', 'base64')

// Pages that are only images: no text layer.
export function scannedPdf(pages = 2): Promise<Uint8Array> {
  return makePdf((doc) => {
    for (let page = 0; page < pages; page++) (page ? doc.addPage() : doc).image(PIXEL_PNG, 0, 0, { width: PAGE.width, height: PAGE.height })
  })
}

// Opens only with its user password.
export function encryptedPdf(): Promise<Uint8Array> {
  return makePdf((doc) => paragraph(doc, FINDINGS[0]!), { userPassword: 'secret', ownerPassword: 'owner' })
}

// The first half of a two-page PDF: its cross-reference table and trailer are gone.
export async function truncatedPdf(): Promise<Uint8Array> {
  const whole = await makePdf((doc) => {
    paragraph(doc, FINDINGS[0]!)
    doc.addPage()
    paragraph(doc, FINDINGS[1]!)
  })
  return whole.subarray(0, Math.floor(whole.length / 2))
}

// A line of text on each of `pages` pages.
export function manyPagesPdf(pages: number): Promise<Uint8Array> {
  return makePdf((doc) => {
    for (let page = 1; page <= pages; page++) (page > 1 ? doc.addPage() : doc).text(`Page ${page} of the register: ${page * 3} entries.`)
  })
}

// A valid PDF made `bytes` long by a comment after its end, which readers skip: as
// large as a scan-heavy report, without the time to draw one.
export function paddedPdf(pdf: Uint8Array, bytes: number): Uint8Array {
  const padded = new Uint8Array(Math.max(bytes, pdf.length + 2)).fill(0x20)
  padded.set(pdf)
  padded[pdf.length] = 0x0a
  padded[pdf.length + 1] = 0x25 // "%": the rest of the line is a comment
  return padded
}
