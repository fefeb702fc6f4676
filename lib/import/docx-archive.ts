import { AppError } from '@/lib/errors'
import { formatBytes } from './import-errors'
import { inflateEntry, isZip, readZipDirectory, ZipFormatError, type ZipEntry } from './zip-directory'

// Zip-bomb defences for .docx, applied to the raw bytes before mammoth (and the ZIP
// library inside it) decompresses anything. A real article in Word is a few dozen
// parts expanding to a few MB, compressed 5–20 to 1.
export const DOCX_LIMITS = {
  maxEntries: 2_000,
  maxTotalUncompressedBytes: 50 * 1024 * 1024,
  // mammoth builds a DOM of every XML part it reads, at about 65 bytes of memory per
  // byte of XML (measured: 12.6 MB of document.xml took 800 MB and 3 s). A long report
  // has a few MB of XML; this bounds the worst case near 650 MB.
  maxXmlBytes: 10 * 1024 * 1024,
  maxRatio: 100,
  // Below this size a part's ratio says nothing (a short, repetitive XML part can
  // compress 200 to 1 and weigh nothing).
  ratioCheckedFromBytes: 1024 * 1024,
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0]
const ENCRYPTED_FLAG = 0x1
const DAMAGED = 'This .docx file is damaged and cannot be read'

export function checkDocxArchive(bytes: Uint8Array): void {
  if (!isZip(bytes)) throw notZip(bytes)
  let entries: ZipEntry[]
  try {
    entries = readZipDirectory(bytes)
  } catch (error) {
    if (error instanceof ZipFormatError) throw new AppError('INVALID_INPUT', DAMAGED)
    throw error
  }
  checkDeclaredSizes(entries)
  if (!entries.some((entry) => entry.name === 'word/document.xml')) {
    throw new AppError('INVALID_INPUT', 'This .docx file has no document in it (word/document.xml is missing)')
  }
  for (const entry of entries) checkEntry(bytes, entry)
}

function notZip(bytes: Uint8Array): AppError {
  // Word saves a password-protected .docx inside an OLE container, like an old .doc.
  if (OLE_SIGNATURE.every((byte, i) => bytes[i] === byte)) {
    return new AppError('INVALID_INPUT', 'This .docx file is password-protected or an old Word .doc: remove the password or save it as .docx again')
  }
  return new AppError('INVALID_INPUT', 'This .docx file is not a Word document (it is not a ZIP archive)')
}

function checkDeclaredSizes(entries: readonly ZipEntry[]): void {
  const { maxEntries, maxTotalUncompressedBytes, maxRatio, ratioCheckedFromBytes } = DOCX_LIMITS
  if (entries.length > maxEntries) {
    throw new AppError('INVALID_INPUT', `This .docx file has ${entries.length} parts, more than the ${maxEntries} allowed: it may be a zip bomb`)
  }
  const total = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0)
  if (total > maxTotalUncompressedBytes) {
    throw new AppError('PAYLOAD_TOO_LARGE', `This .docx file would expand to more than ${formatBytes(maxTotalUncompressedBytes)}: it may be a zip bomb`)
  }
  const xml = entries.filter((entry) => /\.(xml|rels)$/i.test(entry.name)).reduce((sum, entry) => sum + entry.uncompressedSize, 0)
  if (xml > DOCX_LIMITS.maxXmlBytes) {
    throw new AppError('PAYLOAD_TOO_LARGE', `This .docx file holds more than ${formatBytes(DOCX_LIMITS.maxXmlBytes)} of Word XML, too much to read safely: save it as .html or .txt and import that`)
  }
  const compressed = entries.reduce((sum, entry) => sum + entry.compressedSize, 0)
  const isOverallBomb = total > ratioCheckedFromBytes && total > compressed * maxRatio
  const isEntryBomb = entries.some((entry) => entry.uncompressedSize > ratioCheckedFromBytes && entry.uncompressedSize > entry.compressedSize * maxRatio)
  if (isOverallBomb || isEntryBomb) {
    throw new AppError('INVALID_INPUT', `This .docx file is compressed more than ${maxRatio} to 1: it may be a zip bomb`)
  }
}

// Inflates every part with its declared size as the cap: a part that holds more than
// it declares (a bomb with a lying header) is refused before mammoth reads it.
function checkEntry(bytes: Uint8Array, entry: ZipEntry): void {
  if (entry.flags & ENCRYPTED_FLAG || (entry.method !== 0 && entry.method !== 8)) {
    throw new AppError('INVALID_INPUT', 'This .docx file uses ZIP encryption or compression that cannot be read')
  }
  let actual: Uint8Array
  try {
    actual = inflateEntry(bytes, entry, entry.uncompressedSize)
  } catch (error) {
    if (!(error instanceof ZipFormatError)) throw error
    if (error.message === 'entry larger than declared') {
      throw new AppError('INVALID_INPUT', `This .docx file holds more data than it declares (in ${entry.name}): it may be a zip bomb`)
    }
    throw new AppError('INVALID_INPUT', DAMAGED)
  }
  if (actual.length !== entry.uncompressedSize) throw new AppError('INVALID_INPUT', DAMAGED)
}
