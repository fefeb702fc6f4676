// Browser-safe: forms check sizes with it (lib/documents/schemas.ts); the hash of a
// text is in content-hash.ts, on the server.

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

export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024

const utf8 = new TextEncoder()

export function utf8ByteLength(text: string): number {
  return utf8.encode(text).byteLength
}
