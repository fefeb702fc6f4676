import { deflateRawSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { importFile } from '@/lib/import'
import { MAX_DOCUMENT_BYTES } from '@/lib/text/canonical-text'
import { expectAppError } from '../support/app-error'
import { utf8 } from '../support/import-document'
import { buildZip } from '../support/zip-writer'

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])
const PDF = utf8('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n')

describe('importFile refuses bad input with a message that names the problem', () => {
  it.each(['empty.txt', 'empty.md', 'empty.html', 'empty.docx'])('an empty file (%s)', async (filename) => {
    const error = await expectAppError(importFile({ filename, bytes: new Uint8Array() }), 'INVALID_INPUT')
    expect(error.message).toBe('The file is empty')
  })

  it.each([
    ['a PNG', 'photo.txt', PNG, ' (it looks like a PNG image)'],
    ['a PDF', 'report.txt', PDF, ' (it looks like a PDF document)'],
    ['a ZIP', 'archive.md', buildZip([{ name: 'a.txt', data: 'x' }]), ' (it looks like a ZIP archive or Office document)'],
    ['NUL bytes', 'data.txt', new Uint8Array([0x48, 0x69, 0x00, 0x01, 0x02]), ''],
    ['control characters', 'data.txt', new Uint8Array(Array.from({ length: 100 }, (_, i) => (i % 2 ? 0x41 : 0x05))), ''],
    ['an image as .html', 'page.html', PNG, ' (it looks like a PNG image)'],
  ])('binary disguised as text: %s', async (_, filename, bytes, hint) => {
    const error = await expectAppError(importFile({ filename, bytes }), 'INVALID_INPUT')
    expect(error.message).toBe(`This file is binary, not text${hint}`)
  })

  it.each([
    ['a lone continuation byte', [0x61, 0x62, 0x80, 0x63], 3],
    ['a truncated sequence at the end', [0x61, 0xe2, 0x82], 2],
    ['an overlong encoding', [0x41, 0x42, 0x43, 0xc0, 0xaf], 4],
    ['an encoded surrogate', [0x41, 0xed, 0xa0, 0x80], 2],
    ['Latin-1 text', [...Buffer.from('Caf'), 0xe9, 0x20, 0x6f, 0x6b], 4],
  ])('invalid UTF-8: %s (byte counted from 1)', async (_, bytes, position) => {
    const error = await expectAppError(importFile({ filename: 'notes.txt', bytes: new Uint8Array(bytes) }), 'INVALID_INPUT')
    expect(error.message).toBe(`The file is not valid UTF-8 text (byte ${position})`)
    const markdown = await expectAppError(importFile({ filename: 'notes.md', bytes: new Uint8Array(bytes) }), 'INVALID_INPUT')
    expect(markdown.message).toBe(error.message)
  })

  it.each(['big.txt', 'big.html', 'big.docx'])('more than 5 MB (%s)', async (filename) => {
    const error = await expectAppError(importFile({ filename, bytes: new Uint8Array(MAX_DOCUMENT_BYTES + 1).fill(0x61) }), 'PAYLOAD_TOO_LARGE')
    expect(error.message).toBe('The file is larger than 5 MB')
  })

  it('accepts exactly 5 MB', async () => {
    const document = await importFile({ filename: 'edge.txt', bytes: new Uint8Array(MAX_DOCUMENT_BYTES).fill(0x61) })
    expect(document.text.length).toBe(MAX_DOCUMENT_BYTES)
  })

  // mammoth needs a few seconds for this much XML, more on a busy machine.
  it('a .docx under 5 MB whose text is larger than 5 MB', { timeout: 30_000 }, async () => {
    // Random letters compress about 1.7 to 1: no bomb, yet more text than allowed.
    const letters = Buffer.alloc(5300 * 1000)
    for (let i = 0, seed = 1; i < letters.length; i += 1) letters[i] = 'abcdefghijklmnopqrstuvwxyz '.charCodeAt((seed = (seed * 48271) % 2147483647) % 27)
    const text = letters.toString('latin1')
    const paragraphs = Array.from({ length: 5300 }, (_, i) => `<w:p><w:r><w:t>${text.slice(i * 1000, (i + 1) * 1000)}</w:t></w:r></w:p>`)
    const xml = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs.join('')}</w:body></w:document>`
    const bytes = buildZip([{ name: '[Content_Types].xml', data: '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' }, { name: '_rels/.rels', data: '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>' }, { name: 'word/document.xml', data: xml }])
    expect(bytes.length).toBeLessThan(MAX_DOCUMENT_BYTES)
    expect(deflateRawSync(xml).length * 100).toBeGreaterThan(xml.length) // not refused as a bomb
    const error = await expectAppError(importFile({ filename: 'dense.docx', bytes }), 'PAYLOAD_TOO_LARGE')
    expect(error.message).toBe('The text of this file is larger than 5 MB')
  })

  it.each([
    ['figures.xlsx', 'Files of type .xlsx cannot be imported: Claimtrack imports .txt, .md, .html, .docx and .pdf files'],
    ['old.doc', 'Old Word .doc files cannot be imported: save the file as .docx and try again'],
    ['README', 'The file name has no extension: Claimtrack imports .txt, .md, .html, .docx and .pdf files'],
  ])('an unsupported file type (%s)', async (filename, message) => {
    const error = await expectAppError(importFile({ filename, bytes: utf8('text') }), 'INVALID_INPUT')
    expect(error.message).toBe(message)
  })

  it('uses the content type when the name has no extension', async () => {
    const document = await importFile({ filename: 'README', contentType: 'text/markdown', bytes: utf8('# Title\nBody') })
    expect(document).toMatchObject({ format: 'md', title: 'Title' })
  })

  it.each([
    ['download', 'application/octet-stream'],
    ['report.bin', undefined],
  ])('reads a file named %s by its %%PDF- bytes, whatever the content type', async (filename, contentType) => {
    // A PDF that is no PDF inside: the damage message shows it was read as one.
    const error = await expectAppError(importFile({ filename, contentType, bytes: PDF }), 'INVALID_INPUT')
    expect(error.message).toBe('This PDF is damaged or incomplete and cannot be read')
  })

  it('still refuses other bytes sent as application/octet-stream', async () => {
    const error = await expectAppError(importFile({ filename: 'download', contentType: 'application/octet-stream', bytes: PNG }), 'INVALID_INPUT')
    expect(error.message).toBe('The file name has no extension: Claimtrack imports .txt, .md, .html, .docx and .pdf files')
  })

  it.each([
    ['blank.txt', ' \n\t\n  '],
    ['blank.md', '---\ntitle: Only metadata\n---\n\n***\n'],
    ['scripts.html', '<html><head><title>t</title></head><body><script>only()</script><nav>menu</nav></body></html>'],
  ])('a file with no text in it (%s)', async (filename, content) => {
    const error = await expectAppError(importFile({ filename, bytes: utf8(content) }), 'INVALID_INPUT')
    expect(error.message).toBe('The file contains no text to check')
  })
})
