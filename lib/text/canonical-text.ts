import { createHash } from 'node:crypto'

// The canonical form every offset in Claimtrack refers to: Unicode NFC, "\n" line
// ends, no byte-order mark, no trailing whitespace at the very end. All leading
// U+FEFF go: a decoder may already have taken one, and the result must not depend
// on whether it did.
export function toCanonicalText(raw: string): string {
  return raw
    .replace(/^\uFEFF+/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .replace(/\s+$/, '')
}

export function contentHash(canonicalText: string): string {
  return createHash('sha256').update(canonicalText, 'utf8').digest('hex')
}

export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024

export function utf8ByteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}
