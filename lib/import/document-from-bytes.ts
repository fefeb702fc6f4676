import { AppError } from '@/lib/errors'
import { MAX_DOCUMENT_BYTES, utf8ByteLength } from '@/lib/text/canonical-text'
import { decodeLenient, decodeTextStrict } from './decode-text'
import { docxToDocument } from './docx-to-document'
import { htmlCharset } from './html-charset'
import { htmlToDocument } from './html-to-document'
import { binaryInput, emptyInput, formatBytes } from './import-errors'
import { textToDocument } from './import-text'
import { markdownToDocument } from './markdown-to-document'
import { pdfToDocument } from './pdf-to-document'
import { hasUtf16Bom, sniffBinary } from './sniff-binary'
import type { ImportedDocument, ImportFormat, InputNoun } from './types'

export interface ReadOptions {
  noun: InputNoun
  charset?: string // declared by the server or the upload's content type
  baseUrl?: URL // where a page came from, for its relative links
  // The largest file of this kind, when it is not a document's 5 MB: a source's PDF
  // may be 25 MB (SNAPSHOT_MAX_MB), its text still within a document's limit.
  maxBytes?: number
}

// The one path from bytes in a known format to a document, for files and pages alike.
export async function documentFromBytes(format: ImportFormat, bytes: Uint8Array, options: ReadOptions): Promise<ImportedDocument> {
  const { noun } = options
  if (bytes.length === 0) throw emptyInput(noun)
  const document = await readFormat(format, bytes, options)
  // A small .docx or PDF can hold far more text than its own size.
  if (utf8ByteLength(document.text) > MAX_DOCUMENT_BYTES) {
    throw new AppError('PAYLOAD_TOO_LARGE', `The text of this ${noun} is larger than ${formatBytes(MAX_DOCUMENT_BYTES)}`)
  }
  return document
}

async function readFormat(format: ImportFormat, bytes: Uint8Array, { noun, charset, baseUrl, maxBytes }: ReadOptions): Promise<ImportedDocument> {
  switch (format) {
    case 'txt':
      return textToDocument(decodeText(bytes, noun, charset), noun)
    case 'md':
      return markdownToDocument(decodeText(bytes, noun, charset), noun)
    case 'html':
      return htmlToDocument(decodeHtml(bytes, noun, charset), { format, noun, baseUrl, isWholePage: true })
    case 'docx':
      return docxToDocument(bytes, noun)
    case 'pdf':
      return pdfToDocument(bytes, { noun, maxBytes })
  }
}

// UTF-8 unless a legacy charset was declared outright (a server saying
// "text/plain; charset=windows-1251"), which is then believed.
function decodeText(bytes: Uint8Array, noun: InputNoun, charset: string | undefined): string {
  if (!charset || isUtf8Label(charset) || hasUtf16Bom(bytes)) return decodeTextStrict(bytes, noun)
  refuseBinary(bytes, noun)
  return decodeLenient(bytes, charset)
}

function decodeHtml(bytes: Uint8Array, noun: InputNoun, charset: string | undefined): string {
  if (!hasUtf16Bom(bytes)) refuseBinary(bytes, noun)
  return decodeLenient(bytes, htmlCharset(bytes, charset))
}

function refuseBinary(bytes: Uint8Array, noun: InputNoun): void {
  const sniff = sniffBinary(bytes)
  if (sniff.isBinary) throw binaryInput(noun, sniff.lookalike)
}

function isUtf8Label(label: string): boolean {
  return /^(utf-?8|unicode-1-1-utf-8)$/i.test(label.trim())
}
