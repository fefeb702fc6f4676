import { inflateRawSync } from 'node:zlib'

// Reads a ZIP archive's central directory straight from the bytes, and inflates an
// entry with a hard cap on its output. A .docx is checked with these before any ZIP
// library sees it: the directory says how large everything claims to be, and
// inflating with a cap proves the claim, so a lying entry cannot blow up later.

export interface ZipEntry {
  name: string
  flags: number
  method: number // 0 stored, 8 deflated
  compressedSize: number
  uncompressedSize: number
  localHeaderOffset: number
}

export class ZipFormatError extends Error {}

const END_OF_DIRECTORY = 0x06054b50
const DIRECTORY_ENTRY = 0x02014b50
const LOCAL_HEADER = 0x04034b50
const END_RECORD_SIZE = 22
const MAX_COMMENT = 0xffff
const ZIP64_MARKER = 0xffffffff

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && view(bytes).getUint32(0, true) === LOCAL_HEADER
}

// The entries the central directory lists; throws ZipFormatError on a damaged or
// ZIP64 archive (a document under 5 MB never needs ZIP64).
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const data = view(bytes)
  const end = findEndOfDirectory(data)
  const count = data.getUint16(end + 10, true)
  const directorySize = data.getUint32(end + 12, true)
  const directoryOffset = data.getUint32(end + 16, true)
  if (count === 0xffff || directoryOffset === ZIP64_MARKER) throw new ZipFormatError('ZIP64 archive')
  if (directoryOffset + directorySize > end) throw new ZipFormatError('central directory out of bounds')
  const entries: ZipEntry[] = []
  let offset = directoryOffset
  for (let i = 0; i < count; i += 1) {
    if (offset + 46 > end || data.getUint32(offset, true) !== DIRECTORY_ENTRY) throw new ZipFormatError('bad central directory entry')
    const nameLength = data.getUint16(offset + 28, true)
    const extraLength = data.getUint16(offset + 30, true)
    const commentLength = data.getUint16(offset + 32, true)
    if (offset + 46 + nameLength > end) throw new ZipFormatError('entry name out of bounds')
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
      flags: data.getUint16(offset + 8, true),
      method: data.getUint16(offset + 10, true),
      compressedSize: data.getUint32(offset + 20, true),
      uncompressedSize: data.getUint32(offset + 24, true),
      localHeaderOffset: data.getUint32(offset + 42, true),
    })
    offset += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

// The count is only a 16-bit field of the end record, which sits within the last
// 64 KB (+22 bytes) of the file, after an optional comment.
function findEndOfDirectory(data: DataView): number {
  const lowest = Math.max(0, data.byteLength - END_RECORD_SIZE - MAX_COMMENT)
  for (let offset = data.byteLength - END_RECORD_SIZE; offset >= lowest; offset -= 1) {
    if (data.getUint32(offset, true) === END_OF_DIRECTORY) return offset
  }
  throw new ZipFormatError('no end of central directory')
}

// The entry's uncompressed bytes, never more than maxBytes: inflating stops there
// (zlib's maxOutputLength) and the entry is refused.
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): Uint8Array {
  const data = view(bytes)
  const header = entry.localHeaderOffset
  if (header + 30 > bytes.length || data.getUint32(header, true) !== LOCAL_HEADER) throw new ZipFormatError('bad local header')
  const start = header + 30 + data.getUint16(header + 26, true) + data.getUint16(header + 28, true)
  const compressed = bytes.subarray(start, start + entry.compressedSize)
  if (compressed.length !== entry.compressedSize) throw new ZipFormatError('entry data out of bounds')
  if (entry.method === 0) {
    if (compressed.length > maxBytes) throw new ZipFormatError('entry larger than declared')
    return compressed
  }
  try {
    return inflateRawSync(compressed, { maxOutputLength: Math.max(1, maxBytes) })
  } catch (error) {
    throw new ZipFormatError(error instanceof RangeError ? 'entry larger than declared' : 'corrupt deflate data')
  }
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}
