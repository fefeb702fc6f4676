import { AppError } from '@/lib/errors'
import { MAX_DOCUMENT_BYTES, toCanonicalText, utf8ByteLength } from '@/lib/text/canonical-text'

// The canonical text of an import, refused when it is blank or over the size limit.
export function checkedImportText(raw: string): string {
  const text = toCanonicalText(raw)
  if (!text.trim()) throw new AppError('INVALID_INPUT', 'There is no text to import: the document is empty.')
  if (utf8ByteLength(text) > MAX_DOCUMENT_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', 'The text is larger than 5 MB.')
  return text
}
