import { describe, expect, it } from 'vitest'
import { readPdf, type PdfBlock } from '@/lib/pdf'
import { expectAppError } from '../support/app-error'
import { BODY_SIZE, PAGE, brokenLines, drawMargins, heading, makePdf, paragraph, table } from '../support/pdf-fixture'
import { encryptedPdf, scannedPdf } from '../support/pdf-samples'

// PDFs written by pdfkit for each case, read back through pdf.js: the tests see what a
// reader of the file would, not a mock of pdf.js.

const PARAGRAPHS = [
  'Household spending rose by 3.1 percent in 2023, the fastest pace since 2015, while a well-known survey of firms found investment flat for the third year running across most regions.',
  'Exports of machinery reached $15.3 billion, up from $12.8 billion a year earlier, as shipments to neighbouring markets recovered from the slump that followed the floods of the previous spring.',
  'Unemployment fell to 5.2 percent by December, with 140,000 jobs added over the year, most of them in services; manufacturing employment was unchanged at about 1.1 million people.',
  'The budget deficit narrowed to 2.1 percent of output, below the ceiling of 3 percent, because tax receipts grew faster than spending on pensions, health care and interest on the debt.',
  'Inflation averaged 4.6 percent, down from 7.9 percent, as energy prices eased; food prices still rose by 6 percent, driven by the cost of cereals, dairy products and imported fruit.',
  'Public investment in rail and roads came to 38 billion over the year, a tenth more than planned, and the number of new homes completed passed 200,000 for the first time since 2008.',
]

const texts = (blocks: PdfBlock[]) => blocks.map((block) => block.text)

// Taken before pdf.js is first loaded (it is loaded on first use).
const NATIVES = { push: Array.prototype.push, parse: JSON.parse }

describe('readPdf: the text of a report', () => {
  const report = () =>
    makePdf(
      (doc) => {
        for (let page = 1; page <= 3; page++) {
          if (page > 1) doc.addPage()
          drawMargins(doc, { header: 'Quarterly Economic Review · Spring 2024', footer: `Page ${page} of 3` })
          heading(doc, `Chapter ${page}: Prices and output`, 18)
          paragraph(doc, PARAGRAPHS[(page * 2 - 2) % PARAGRAPHS.length]!)
          heading(doc, `Section ${page}.1 Details`, 14)
          paragraph(doc, PARAGRAPHS[(page * 2 - 1) % PARAGRAPHS.length]!)
        }
      },
      { info: { Title: 'Quarterly Economic Review', Author: 'National Statistics Office', CreationDate: new Date('2024-05-31T10:00:00Z') } },
    )

  it('reads headings by size and paragraphs rejoined across lines, page by page', async () => {
    const result = await readPdf(await report())
    expect(result.pages).toBe(3)
    expect(result.blocks).toEqual(
      [1, 2, 3].flatMap((page) => [
        { kind: 'heading', level: 1, text: `Chapter ${page}: Prices and output`, page },
        { kind: 'paragraph', text: PARAGRAPHS[page * 2 - 2], page },
        { kind: 'heading', level: 2, text: `Section ${page}.1 Details`, page },
        { kind: 'paragraph', text: PARAGRAPHS[page * 2 - 1], page },
      ]),
    )
  })

  it('drops the running header and the page numbers', async () => {
    const all = texts((await readPdf(await report())).blocks).join('\n')
    expect(all).not.toMatch(/Quarterly Economic Review|Page \d/)
  })

  it('reads the title, author and creation date from the document information', async () => {
    expect((await readPdf(await report())).metadata).toEqual({ title: 'Quarterly Economic Review', author: 'National Statistics Office', createdAt: '2024-05-31' })
  })

  it('drops bare page numbers and numbered running footers, keeping numbers in the text', async () => {
    const bytes = await makePdf((doc) => {
      for (let page = 1; page <= 4; page++) {
        if (page > 1) doc.addPage()
        drawMargins(doc, { footer: page % 2 ? `${page}` : `- ${page} -` })
        paragraph(doc, PARAGRAPHS[page]!)
        paragraph(doc, `${1990 + page}`)
      }
    })
    expect(texts((await readPdf(bytes)).blocks)).toEqual([PARAGRAPHS[1], '1991', PARAGRAPHS[2], '1992', PARAGRAPHS[3], '1993', PARAGRAPHS[4], '1994'])
  })
})

describe('readPdf: words broken at the end of a line', () => {
  it('joins hyphenated halves and keeps the hyphens of compounds', async () => {
    const bytes = await makePdf((doc) => {
      paragraph(doc, 'A well-known fact, and a long-term plan for the self-employed, written whole on their lines.')
      brokenLines(doc, ['The eco-', 'nomic growth of the well-', 'known exporters, the statis-', 'tics office and the long-', 'term plans of the COVID-', '19 years, from mid-', 'March on.'])
    })
    expect(texts((await readPdf(bytes)).blocks)[1]).toBe('The economic growth of the well-known exporters, the statistics office and the long-term plans of the COVID-19 years, from mid-March on.')
  })

  it('joins a paragraph that goes on over a page break, keeping the page it starts on', async () => {
    const long = Array.from({ length: 9 }, (_, i) => PARAGRAPHS[i % PARAGRAPHS.length]!.replace(/\.$/, ',')).join(' ') + ' and so it ends.'
    const bytes = await makePdf((doc) => {
      doc.moveDown(38)
      paragraph(doc, long)
      paragraph(doc, PARAGRAPHS[0]!)
    })
    const { pages, blocks } = await readPdf(bytes)
    expect(pages).toBe(2)
    expect(blocks).toEqual([
      { kind: 'paragraph', text: long, page: 1 },
      { kind: 'paragraph', text: PARAGRAPHS[0], page: 2 },
    ])
  })
})

describe('readPdf: layout', () => {
  it('reads a two-column page column by column, under a title across both', async () => {
    const width = 222
    const bytes = await makePdf((doc) => {
      doc.fontSize(20).text('Two-column bulletin', PAGE.margin, PAGE.margin)
      const top = doc.y + 10
      doc.fontSize(BODY_SIZE).text(PARAGRAPHS[0]!, PAGE.margin, top, { width, align: 'justify' }).moveDown(0.8)
      doc.text(PARAGRAPHS[1]!, { width, align: 'justify' })
      doc.text(PARAGRAPHS[2]!, PAGE.margin + width + 24, top, { width, align: 'justify' }).moveDown(0.8)
      doc.text(PARAGRAPHS[3]!, { width, align: 'justify' })
    })
    expect((await readPdf(bytes)).blocks).toEqual([
      { kind: 'heading', level: 1, text: 'Two-column bulletin', page: 1 },
      ...PARAGRAPHS.slice(0, 4).map((text) => ({ kind: 'paragraph', text, page: 1 })),
    ])
  })

  it('keeps a table as rows with their cells apart, between paragraphs', async () => {
    const bytes = await makePdf((doc) => {
      paragraph(doc, PARAGRAPHS[0]!)
      table(doc, [['Region', 'Exports 2023', 'Change'], ['North', '$15.3 billion', '+4.2%'], ['South and islands', '$8.1 billion', '-1.0%']], [160, 140, 100])
      paragraph(doc, PARAGRAPHS[1]!)
    })
    expect((await readPdf(bytes)).blocks).toEqual([
      { kind: 'paragraph', text: PARAGRAPHS[0], page: 1 },
      { kind: 'table-row', text: 'Region | Exports 2023 | Change', page: 1 },
      { kind: 'table-row', text: 'North | $15.3 billion | +4.2%', page: 1 },
      { kind: 'table-row', text: 'South and islands | $8.1 billion | -1.0%', page: 1 },
      { kind: 'paragraph', text: PARAGRAPHS[1], page: 1 },
    ])
  })

  it('reads items after a bullet character as list items, and items with drawn bullets as lines of their own', async () => {
    const bytes = await makePdf((doc) => {
      paragraph(doc, 'The main figures:')
      doc.text('• Exports rose by 4.2 percent.').text('• Imports fell by 1.0 percent.').moveDown(0.8)
      doc.list(['Tariffs were cut by half.', 'Quotas were lifted.'], { bulletRadius: 2 })
    })
    expect((await readPdf(bytes)).blocks).toEqual([
      { kind: 'paragraph', text: 'The main figures:', page: 1 },
      { kind: 'list-item', text: 'Exports rose by 4.2 percent.', page: 1 },
      { kind: 'list-item', text: 'Imports fell by 1.0 percent.', page: 1 },
      { kind: 'paragraph', text: 'Tariffs were cut by half.', page: 1 },
      { kind: 'paragraph', text: 'Quotas were lifted.', page: 1 },
    ])
  })
})

describe('readPdf refuses what it cannot read, with a 4xx', () => {
  it.each([
    ['a scanned PDF without a text layer', scannedPdf, 'This PDF has no text layer (a scan?); OCR is not supported yet'],
    ['a PDF protected by a password', encryptedPdf, 'This PDF is protected by a password: remove the password (print or export it to a new PDF) and try again'],
  ])('%s', async (_, make, message) => {
    const error = await expectAppError(readPdf(await make()), 'INVALID_INPUT')
    expect(error.message).toBe(message)
  })

  it('reads a PDF that only restricts printing or copying (an owner password)', async () => {
    const bytes = await makePdf((doc) => paragraph(doc, PARAGRAPHS[0]!), { ownerPassword: 'owner', permissions: { printing: 'lowResolution', copying: false } })
    expect(texts((await readPdf(bytes)).blocks)).toEqual([PARAGRAPHS[0]])
  })

  it('a truncated or damaged file', async () => {
    const whole = await makePdf((doc) => {
      paragraph(doc, PARAGRAPHS[0]!)
      doc.addPage()
      paragraph(doc, PARAGRAPHS[1]!)
    })
    for (const bytes of [whole.subarray(0, Math.floor(whole.length / 2)), new TextEncoder().encode('%PDF-1.7\nnot really a PDF')]) {
      const error = await expectAppError(readPdf(bytes), 'INVALID_INPUT')
      expect(error.message).toBe('This PDF is damaged or incomplete and cannot be read')
    }
  })

  it('more pages than the limit, or more bytes', async () => {
    const bytes = await makePdf((doc) => {
      for (let page = 0; page < 3; page++) (page ? doc.addPage() : doc).text(PARAGRAPHS[page]!)
    })
    const pages = await expectAppError(readPdf(bytes, { maxPages: 2 }), 'PAYLOAD_TOO_LARGE')
    expect(pages.message).toBe('This PDF has 3 pages: Claimtrack reads PDFs of up to 2 pages')
    const size = await expectAppError(readPdf(bytes, { maxBytes: 1024 }), 'PAYLOAD_TOO_LARGE')
    expect(size.message).toBe('The file is larger than 1 KB')
  })
})

describe('readPdf and the process it runs in', () => {
  it('leaves Array.prototype.push and JSON.parse native, whatever core-js in pdf.js replaced', async () => {
    await readPdf(await makePdf((doc) => paragraph(doc, PARAGRAPHS[0]!)))
    expect(Array.prototype.push).toBe(NATIVES.push)
    expect(JSON.parse).toBe(NATIVES.parse)
  })
})
