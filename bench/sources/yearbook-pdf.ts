// A statistical yearbook of exactly `pages` pages, written by pdfkit: a running header
// and "Page n of N" on every page, a chapter heading every ten pages, section headings,
// justified paragraphs that run over page breaks, and a table every fifth page.
import { BODY_SIZE, makePdf, PAGE, type PdfDoc } from '@/tests/support/pdf-fixture'
import { chapterTitle, paragraphText, seeded, TABLE_HEADER, tableRow } from './corpus'

const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin
const COLUMNS = [170, 110, 90, 98]
const ROW_PITCH = BODY_SIZE * 1.6

export function yearbookPdf(pages: number, seed = 15): Promise<Uint8Array> {
  const random = seeded(seed)
  return makePdf(
    (doc) => {
      let page = 1
      runningLines(doc, page, pages)
      doc.on('pageAdded', () => runningLines(doc, ++page, pages))
      const room = () => PAGE.height - PAGE.margin - doc.y
      let [chapterPage, tablePage] = [0, 0]
      for (;;) {
        if (page % 10 === 1 && chapterPage !== page) {
          heading(doc, chapterTitle(random, Math.ceil(page / 10)), 18)
          chapterPage = page
        }
        if (page % 5 === 3 && tablePage !== page && room() > ROW_PITCH * 8) {
          table(doc, [TABLE_HEADER, ...Array.from({ length: 6 }, () => tableRow(random))])
          tablePage = page
        }
        if (random() < 0.25) heading(doc, `${Math.ceil(page / 10)}.${page % 10} ${paragraphText(random, 1).split(',')[0]!.slice(0, 60)}`, 13)
        const text = paragraphText(random)
        // The last page is not run over: the file has exactly `pages` pages.
        if (page === pages && doc.heightOfString(text, { width: TEXT_WIDTH, align: 'justify' }) > room()) break
        doc.fontSize(BODY_SIZE).text(text, { align: 'justify', width: TEXT_WIDTH }).moveDown(0.8)
        if (page > pages) throw new Error('the yearbook ran past its last page')
      }
    },
    { info: { Title: 'Statistical Yearbook 2024', Author: 'Office for Regional Statistics', CreationDate: new Date('2024-06-30T09:00:00Z') } },
  )
}

// Header and footer in the margins, where pdfkit would otherwise start a new page;
// the cursor and font size of the text being written are left as they were.
function runningLines(doc: PdfDoc, page: number, pages: number): void {
  const { margins } = doc.page
  const saved = { margins: { ...margins }, size: (doc as unknown as { _fontSize: number })._fontSize, x: doc.x, y: doc.y }
  doc.page.margins = { ...margins, top: 0, bottom: 0 }
  doc.fontSize(9)
  doc.text('Statistical Yearbook 2024 · Office for Regional Statistics', PAGE.margin, 36, { lineBreak: false })
  doc.text(`Page ${page} of ${pages}`, PAGE.margin, PAGE.height - 48, { width: TEXT_WIDTH, align: 'center', lineBreak: false })
  doc.page.margins = saved.margins
  doc.fontSize(saved.size)
  doc.x = saved.x
  doc.y = page === 1 ? PAGE.margin : saved.y
}

function heading(doc: PdfDoc, text: string, size: number): void {
  doc.moveDown(0.5).fontSize(size).text(text, { width: TEXT_WIDTH }).fontSize(BODY_SIZE).moveDown(0.5)
}

function table(doc: PdfDoc, rows: readonly string[][]): void {
  let y = doc.y
  doc.fontSize(BODY_SIZE)
  for (const row of rows) {
    let x = PAGE.margin
    row.forEach((cell, i) => {
      doc.text(cell, x, y, { width: COLUMNS[i]! - 12, lineBreak: false })
      x += COLUMNS[i]!
    })
    y += ROW_PITCH
  }
  doc.text('', PAGE.margin, y + BODY_SIZE)
}
