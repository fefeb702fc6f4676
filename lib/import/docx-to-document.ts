import mammoth from 'mammoth'
import { AppError } from '@/lib/errors'
import { checkDocxArchive } from './docx-archive'
import { htmlToDocument } from './html-to-document'
import type { ImportedDocument, InputNoun } from './types'

// Word's Title, Subtitle and quote styles, on top of mammoth's defaults (Heading 1–6,
// lists, footnotes), so the structure an author gave the document survives.
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
]

// Images are never read (their bytes are not text, and reading is work); linked
// external files are never fetched.
const SKIP_IMAGES = mammoth.images.imgElement(async () => ({ src: '' }))

export async function docxToDocument(bytes: Uint8Array, noun: InputNoun): Promise<ImportedDocument> {
  checkDocxArchive(bytes)
  let html: string
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    const result = await mammoth.convertToHtml({ buffer }, { styleMap: STYLE_MAP, externalFileAccess: false, convertImage: SKIP_IMAGES })
    html = result.value
  } catch {
    // The archive was sound, so what failed is the Word XML inside it.
    throw new AppError('INVALID_INPUT', 'This .docx file is damaged and cannot be read')
  }
  return htmlToDocument(html, { format: 'docx', noun, isWholePage: false })
}
