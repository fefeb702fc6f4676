import { readPdf, type PdfBlock } from '@/lib/pdf'
import { assembleBlocks, canonicalLine, type RawBlock } from './assemble-blocks'
import { noText } from './import-errors'
import { cleanName, cleanTitle, isoDate } from './metadata-values'
import type { ImportedDocument, InputNoun } from './types'

// A PDF as a document: its blocks in reading order, each keeping the page it starts
// on. A table row is a paragraph with its cells separated by " | ", as an HTML table
// row is, so the claim extractor reads it as one line.
export async function pdfToDocument(bytes: Uint8Array, { noun, maxBytes }: { noun: InputNoun; maxBytes?: number }): Promise<ImportedDocument> {
  const pdf = await readPdf(bytes, { noun, ...(maxBytes ? { maxBytes } : {}) })
  const { text, blocks } = assembleBlocks(pdf.blocks.map(rawBlock))
  if (!text) throw noText(noun)
  // assembleBlocks leaves out the blocks that are blank once canonical, keeping the
  // order of the rest: the same filter pairs each block with its page.
  const pages = pdf.blocks.filter((block) => canonicalLine(block.text)).map((block) => block.page)
  const title = cleanTitle(pdf.metadata.title) ?? cleanTitle(pdf.blocks.find((block) => block.kind === 'heading' && block.level === 1)?.text) ?? null
  const author = cleanName(pdf.metadata.author)
  // The day the file was made is the best date a PDF carries of its publication.
  const publishedAt = isoDate(pdf.metadata.createdAt)
  return {
    title,
    text,
    blocks: blocks.map((block, i) => ({ ...block, page: pages[i]! })),
    format: 'pdf',
    metadata: { ...(author ? { author } : {}), ...(publishedAt ? { publishedAt } : {}) },
  }
}

function rawBlock(block: PdfBlock): RawBlock {
  if (block.kind === 'heading') return { kind: 'heading', level: block.level ?? 1, text: block.text }
  if (block.kind === 'list-item') return { kind: 'list_item', level: 1, text: block.text }
  return { kind: 'paragraph', text: block.text }
}
