import { charsetOf } from './detect-format'
import { parseHtml } from './html-dom'

// Browsers look for a <meta> charset declaration in the first 1024 bytes.
const PRESCAN_BYTES = 1024

// The encoding of an HTML byte stream: byte-order mark, then the transport's charset,
// then a <meta charset> or <meta http-equiv="Content-Type"> near the top, else UTF-8.
// The top is read with a real HTML parser over a Latin-1 view of the bytes, which
// keeps every ASCII character where it was whatever the real encoding is.
export function htmlCharset(bytes: Uint8Array, transportCharset?: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  if (transportCharset) return transportCharset
  const { document } = parseHtml(new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES)))
  for (const element of document.querySelectorAll('meta')) {
    const declared = element.getAttribute('charset')?.trim() || (isContentTypeMeta(element) ? charsetOf(element.getAttribute('content') ?? undefined) : undefined)
    // A page whose top was readable as ASCII cannot be UTF-16, whatever it says (the
    // HTML standard's rule).
    if (declared) return /^utf-16/i.test(declared) ? 'utf-8' : declared
  }
  return 'utf-8'
}

function isContentTypeMeta(element: Element): boolean {
  return element.getAttribute('http-equiv')?.trim().toLowerCase() === 'content-type'
}
