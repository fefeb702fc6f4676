import { MAX_DOCUMENT_BYTES } from '@/lib/text/canonical-text'
import { charsetOf, formatOfFile } from './detect-format'
import { documentFromBytes } from './document-from-bytes'
import { emptyInput, tooLarge } from './import-errors'
import type { ImportedDocument } from './types'

export interface ImportFileInput {
  filename: string
  bytes: Uint8Array
  contentType?: string // as the browser sent it; only consulted when the name has no extension (the bytes of a PDF are)
}

// An uploaded .txt, .md, .html, .docx or .pdf → canonical text and its blocks. Throws
// AppError (INVALID_INPUT or PAYLOAD_TOO_LARGE) with a message for the uploader.
export async function importFile({ filename, bytes, contentType }: ImportFileInput): Promise<ImportedDocument> {
  const format = formatOfFile(filename, contentType, bytes)
  if (bytes.length === 0) throw emptyInput('file')
  if (bytes.length > MAX_DOCUMENT_BYTES) throw tooLarge('file', MAX_DOCUMENT_BYTES)
  return documentFromBytes(format, bytes, { noun: 'file', charset: charsetOf(contentType) })
}
