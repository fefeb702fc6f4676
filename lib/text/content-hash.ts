import { createHash } from 'node:crypto'

// A document's identity for duplicate checks: SHA-256 of its canonical text
// (canonical-text.ts).
export function contentHash(canonicalText: string): string {
  return createHash('sha256').update(canonicalText, 'utf8').digest('hex')
}
