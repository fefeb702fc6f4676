import { binaryInput, emptyInput, invalidUtf8 } from './import-errors'
import { hasUtf16Bom, sniffBinary } from './sniff-binary'
import type { InputNoun } from './types'

// Text files must be UTF-8 (or UTF-16 with a byte-order mark, as Windows Notepad
// saves "Unicode"): guessing a legacy encoding would silently change the numbers and
// names a fact-checker quotes, so anything else is refused with the offending byte.
export function decodeTextStrict(bytes: Uint8Array, noun: InputNoun): string {
  if (bytes.length === 0) throw emptyInput(noun)
  const utf16 = hasUtf16Bom(bytes)
  if (utf16) return decodeUtf16(bytes, utf16, noun)
  const sniff = sniffBinary(bytes)
  if (sniff.isBinary) throw binaryInput(noun, sniff.lookalike)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw invalidUtf8(noun, firstInvalidUtf8Byte(bytes) + 1)
  }
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', noun: InputNoun): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes)
  } catch {
    throw binaryInput(noun)
  }
}

// Web pages are decoded the way browsers do: the declared charset, invalid bytes
// replaced by U+FFFD. An unknown charset label falls back to UTF-8.
export function decodeLenient(bytes: Uint8Array, charset: string | undefined): string {
  let decoder: TextDecoder
  try {
    decoder = new TextDecoder(charset ?? 'utf-8')
  } catch {
    decoder = new TextDecoder('utf-8')
  }
  return decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes)
}

// Node 20.18.3 and later decode windows-1252 (also what "latin1", "iso-8859-1" and
// "ascii" mean on the web) as ISO-8859-1, so bytes 0x80–0x9F come out as invisible
// controls instead of € ‘ ’ “ ” – — (nodejs/node#60888). The 32 characters that differ
// are fixed by the WHATWG Encoding Standard.
const WINDOWS_1252_80_9F =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178'

function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')
  return latin1.replace(/[\u0080-\u009F]/g, (control) => WINDOWS_1252_80_9F[control.charCodeAt(0) - 0x80]!)
}

// The index (from 0) where the first malformed UTF-8 sequence starts, or -1. TextDecoder
// only says that decoding failed, and a user needs to know where.
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i)
    if (length === 0) return i
    i += length
  }
  return -1
}

// Length of the well-formed sequence at i, or 0 (ranges from the Unicode standard,
// table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF).
function sequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i]!
  if (lead < 0x80) return 1
  let length: number
  let low = 0x80
  let high = 0xbf
  if (lead >= 0xc2 && lead <= 0xdf) length = 2
  else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3
    if (lead === 0xe0) low = 0xa0
    if (lead === 0xed) high = 0x9f
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4
    if (lead === 0xf0) low = 0x90
    if (lead === 0xf4) high = 0x8f
  } else return 0
  for (let k = 1; k < length; k += 1) {
    const byte = bytes[i + k]
    if (byte === undefined) return 0
    const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf]
    if (byte < min || byte > max) return 0
  }
  return length
}
