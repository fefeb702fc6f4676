import { deflateRawSync } from 'node:zlib'

// A minimal ZIP writer for test fixtures (.docx files, zip bombs). It can lie: an
// entry may declare an uncompressed size other than its real one, as a hostile
// archive would.

export interface ZipFixtureEntry {
  name: string
  data: Uint8Array | string
  isStored?: boolean // stored rather than deflated
  declaredSize?: number // the uncompressed size written in the headers, if not the real one
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

export function buildZip(entries: readonly ZipFixtureEntry[]): Uint8Array {
  const locals: Buffer[] = []
  const directory: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const data = typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : Buffer.from(entry.data)
    const body = entry.isStored ? data : deflateRawSync(data)
    const name = Buffer.from(entry.name, 'utf8')
    const fields = { method: entry.isStored ? 0 : 8, crc: crc32(data), compressed: body.length, size: entry.declaredSize ?? data.length }
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    writeCommon(local, 4, fields, name.length)
    locals.push(local, name, body)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4) // made by
    writeCommon(central, 6, fields, name.length)
    central.writeUInt32LE(offset, 42)
    directory.push(central, name)
    offset += local.length + name.length + body.length
  }
  const directoryBytes = Buffer.concat(directory)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directoryBytes.length, 12)
  end.writeUInt32LE(offset, 16)
  return new Uint8Array(Buffer.concat([...locals, directoryBytes, end]))
}

// version needed, flags, method, time, date, crc, sizes, name length (extra length 0)
function writeCommon(header: Buffer, at: number, fields: { method: number; crc: number; compressed: number; size: number }, nameLength: number): void {
  header.writeUInt16LE(20, at)
  header.writeUInt16LE(0x0800, at + 2) // UTF-8 names
  header.writeUInt16LE(fields.method, at + 4)
  header.writeUInt16LE(0, at + 6)
  header.writeUInt16LE(0x21, at + 8)
  header.writeUInt32LE(fields.crc, at + 10)
  header.writeUInt32LE(fields.compressed, at + 14)
  header.writeUInt32LE(fields.size, at + 18)
  header.writeUInt16LE(nameLength, at + 22)
}
