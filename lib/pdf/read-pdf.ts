// readPdf: a PDF's text in reading order, as blocks with the page each starts on.
//
//   readPdf(bytes: Uint8Array, limits?: Partial<PdfLimits>) → Promise<PdfText>
//   PdfText = { pages: number, metadata: { title?, author?, createdAt? },
//               blocks: Array<{ kind: 'heading' | 'paragraph' | 'list-item' | 'table-row',
//                               level?: number, text: string, page: number }> }
//
// What it does to the text layer pdf.js reads:
// - lines are rebuilt from the positioned text runs; a two-column page is read column
//   by column (columns.ts);
// - running headers, footers and page numbers are dropped (running-lines.ts);
// - paragraphs are rejoined across line, column and page breaks, and words broken by
//   end-of-line hyphenation are made whole (build-blocks.ts, join-lines.ts);
// - headings are lines set larger than the body text (level 1 the largest);
// - table rows stay rows, their cells separated by " | " (cells are runs of text
//   apart by more than a font size).
// Refusals are AppErrors with a message for the person who chose the file (4xx):
// too large, too many pages, password-protected, damaged, and no text layer (scanned).
import { AppError } from '@/lib/errors'
import { MAX_DOCUMENT_BYTES } from '@/lib/text/canonical-text'
import { tooLarge } from '@/lib/import/import-errors'
import type { InputNoun } from '@/lib/import/types'
import { buildBlocks, type FlowPage, type PdfBlock } from './build-blocks'
import { readingOrder } from './columns'
import { damagedPdf, loadPdf } from './load-pdf'
import { pageLines } from './page-lines'
import { pdfMetadata, type PdfMetadata } from './pdf-metadata'
import { dropRunningLines } from './running-lines'
import type { PageLines } from './types'

export type { PdfBlock, PdfBlockKind } from './build-blocks'
export type { PdfMetadata } from './pdf-metadata'

// 2,000 pages: a long statistical yearbook, and about what fits the 5 MB text limit
// of a document at 2.5 KB a page. Reading costs about 25 ms a page here.
export const MAX_PDF_PAGES = 2000

export interface PdfLimits {
  maxBytes: number
  maxPages: number
  noun: InputNoun // "file" or "page", for the size message
}

export interface PdfText {
  pages: number
  metadata: PdfMetadata
  blocks: PdfBlock[]
}

const DEFAULT_LIMITS: PdfLimits = { maxBytes: MAX_DOCUMENT_BYTES, maxPages: MAX_PDF_PAGES, noun: 'file' }

export async function readPdf(bytes: Uint8Array, limits: Partial<PdfLimits> = {}): Promise<PdfText> {
  const { maxBytes, maxPages, noun } = { ...DEFAULT_LIMITS, ...limits }
  if (bytes.length > maxBytes) throw tooLarge(noun, maxBytes)
  const pdf = await loadPdf(bytes)
  try {
    if (pdf.numPages > maxPages) {
      throw new AppError('PAYLOAD_TOO_LARGE', `This PDF has ${pdf.numPages.toLocaleString('en')} pages: Claimtrack reads PDFs of up to ${maxPages.toLocaleString('en')} pages`)
    }
    const metadata = pdfMetadata((await pdf.getMetadata().catch(() => null))?.info)
    const pages: PageLines[] = []
    for (let number = 1; number <= pdf.numPages; number++) pages.push(await readPage(pdf, number))
    if (pages.every((page) => page.lines.length === 0)) {
      throw new AppError('INVALID_INPUT', 'This PDF has no text layer (a scan?); OCR is not supported yet')
    }
    const flowPages: FlowPage[] = dropRunningLines(pages).map((page) => ({ page: page.page, width: page.width, lines: readingOrder(page) }))
    return { pages: pdf.numPages, metadata, blocks: buildBlocks(flowPages) }
  } finally {
    await pdf.destroy()
  }
}

type PdfDocument = Awaited<ReturnType<typeof loadPdf>>

async function readPage(pdf: PdfDocument, number: number): Promise<PageLines> {
  try {
    const page = await pdf.getPage(number)
    const content = await page.getTextContent()
    const lines = pageLines(number, page.view, content.items)
    // Frees the page's parsed resources: a 2,000-page PDF is read in a capped heap.
    page.cleanup()
    return lines
  } catch {
    // The file opened but a page's objects are missing or broken (a truncated file).
    throw damagedPdf()
  }
}
