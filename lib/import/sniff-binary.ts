// Recognizes files that are not text whatever their name says. Signatures first (a
// PDF can be mostly ASCII), then the bytes themselves: text never contains NUL, and
// rarely more than a trace of other control characters.

const SIGNATURES: ReadonlyArray<{ bytes: readonly number[]; name: string }> = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'a ZIP archive or Office document' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], name: 'a ZIP archive' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], name: 'a PDF document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], name: 'a PNG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: 'a GIF image' },
  { bytes: [0xff, 0xd8, 0xff], name: 'a JPEG image' },
  { bytes: [0x1f, 0x8b], name: 'a gzip archive' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], name: 'an old Office document (.doc, .xls)' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], name: 'a program' },
  { bytes: [0x52, 0x61, 0x72, 0x21], name: 'a RAR archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], name: 'a 7-Zip archive' },
]

const SAMPLE_BYTES = 64 * 1024
// Share of control characters (other than tab, line ends, form feed, escape) above
// which a sample is binary; legacy text files carry a few, binary formats many.
const MAX_CONTROL_SHARE = 0.1

export type BinarySniff = { isBinary: false } | { isBinary: true; lookalike?: string }

export function sniffBinary(bytes: Uint8Array): BinarySniff {
  const signature = SIGNATURES.find((candidate) => candidate.bytes.every((byte, i) => bytes[i] === byte))
  if (signature) return { isBinary: true, lookalike: signature.name }
  const sample = bytes.subarray(0, SAMPLE_BYTES)
  let controls = 0
  for (const byte of sample) {
    if (byte === 0) return { isBinary: true }
    if (byte < 0x20 && !isTextControl(byte)) controls += 1
  }
  return controls > sample.length * MAX_CONTROL_SHARE ? { isBinary: true } : { isBinary: false }
}

function isTextControl(byte: number): boolean {
  return byte === 0x09 || byte === 0x0a || byte === 0x0c || byte === 0x0d || byte === 0x1b
}

// A PDF opens with "%PDF-"; readers (pdf.js among them) accept it anywhere in the
// first kilobyte, after junk some servers and mail gateways prepend.
const PDF_HEADER_WINDOW = 1024

export function isPdf(bytes: Uint8Array): boolean {
  const start = new TextDecoder('latin1').decode(bytes.subarray(0, PDF_HEADER_WINDOW))
  return start.includes('%PDF-')
}

export function hasUtf16Bom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return null
}
