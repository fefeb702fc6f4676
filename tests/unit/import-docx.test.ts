import { describe, expect, it } from 'vitest'
import { importFile } from '@/lib/import'
import { DOCX_LIMITS } from '@/lib/import/docx-archive'
import { expectAppError } from '../support/app-error'
import { buildDocx, docxEntries } from '../support/docx-fixture'
import { expectJoinedBlocks, outline } from '../support/import-document'
import { buildZip } from '../support/zip-writer'

const importDocx = (bytes: Uint8Array) => importFile({ filename: 'article.docx', bytes })
const MB = 1024 * 1024

describe('importFile: .docx', () => {
  it('reads headings from Word styles, lists, quotes and paragraphs', async () => {
    const bytes = buildDocx([
      { text: 'AI investment', style: 'Title' },
      { text: 'Background', style: 'Heading1' },
      { text: 'From $8 billion in 2014 to over $110 billion in 2024.' },
      { text: 'Quantum: $15.3 billion', listLevel: 0 },
      { text: 'ranked first worldwide', listLevel: 1 },
      { text: 'Technology is power.', style: 'Quote' },
      { text: 'Outlook', style: 'Heading2' },
      { text: 'Text that looks like <script>markup</script> stays text.' },
    ])
    const document = await importDocx(bytes)
    expect(outline(document)).toEqual([
      ['heading', 1, 'AI investment'],
      ['heading', 1, 'Background'],
      ['paragraph', undefined, 'From $8 billion in 2014 to over $110 billion in 2024.'],
      ['list_item', 1, 'Quantum: $15.3 billion'],
      ['list_item', 2, 'ranked first worldwide'],
      ['quote', undefined, 'Technology is power.'],
      ['heading', 2, 'Outlook'],
      ['paragraph', undefined, 'Text that looks like <script>markup</script> stays text.'],
    ])
    expect(document).toMatchObject({ title: 'AI investment', format: 'docx', metadata: {} })
    expectJoinedBlocks(document)
  })

  it('refuses a document with no text in it', async () => {
    const error = await expectAppError(importDocx(buildDocx([{ text: '   ' }])), 'INVALID_INPUT')
    expect(error.message).toBe('The file contains no text to check')
  })
})

describe('importFile: .docx that is not a sound Word document', () => {
  it('refuses a .docx that is not a ZIP archive', async () => {
    const error = await expectAppError(importDocx(new TextEncoder().encode('just text, renamed')), 'INVALID_INPUT')
    expect(error.message).toBe('This .docx file is not a Word document (it is not a ZIP archive)')
  })

  it('refuses a password-protected .docx (an OLE container)', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])
    const error = await expectAppError(importDocx(ole), 'INVALID_INPUT')
    expect(error.message).toMatch(/^This \.docx file is password-protected or an old Word \.doc/)
  })

  it('refuses a ZIP without word/document.xml', async () => {
    const bytes = buildZip(docxEntries([{ text: 'x' }]).filter((entry) => entry.name !== 'word/document.xml'))
    const error = await expectAppError(importDocx(bytes), 'INVALID_INPUT')
    expect(error.message).toBe('This .docx file has no document in it (word/document.xml is missing)')
  })

  it('refuses a truncated archive', async () => {
    const bytes = buildDocx([{ text: 'Some text.' }])
    const error = await expectAppError(importDocx(bytes.subarray(0, bytes.length - 30)), 'INVALID_INPUT')
    expect(error.message).toBe('This .docx file is damaged and cannot be read')
  })

  it('refuses a sound archive whose Word XML is broken', async () => {
    const entries = docxEntries([{ text: 'x' }]).map((entry) => (entry.name === 'word/document.xml' ? { ...entry, data: '<w:document><w:body><unclosed' } : entry))
    const error = await expectAppError(importDocx(buildZip(entries)), 'INVALID_INPUT')
    expect(error.message).toBe('This .docx file is damaged and cannot be read')
  })
})

describe('importFile: .docx zip bombs, refused before decompression', () => {
  it('refuses parts that declare more than 50 MB in all', async () => {
    const entries = [...docxEntries([{ text: 'x' }]), { name: 'word/media/huge.bin', data: 'small', declaredSize: 60 * MB }]
    const error = await expectAppError(importDocx(buildZip(entries)), 'PAYLOAD_TOO_LARGE')
    expect(error.message).toBe('This .docx file would expand to more than 50 MB: it may be a zip bomb')
  })

  it('refuses more Word XML than can be read safely (10 MB)', async () => {
    const entries = docxEntries([{ text: 'x' }]).map((entry) => (entry.name === 'word/document.xml' ? { ...entry, data: 'x', declaredSize: 11 * MB } : entry))
    const error = await expectAppError(importDocx(buildZip(entries)), 'PAYLOAD_TOO_LARGE')
    expect(error.message).toBe('This .docx file holds more than 10 MB of Word XML, too much to read safely: save it as .html or .txt and import that')
  })

  it('refuses a part compressed more than 100 to 1', async () => {
    const zeros = new Uint8Array(20 * MB) // deflates to about 20 KB: a ratio near 1000
    const entries = [...docxEntries([{ text: 'x' }]), { name: 'word/media/zeros.bin', data: zeros }]
    const error = await expectAppError(importDocx(buildZip(entries)), 'INVALID_INPUT')
    expect(error.message).toBe('This .docx file is compressed more than 100 to 1: it may be a zip bomb')
  })

  it('refuses more than 2,000 parts', async () => {
    const parts = Array.from({ length: DOCX_LIMITS.maxEntries }, (_, i) => ({ name: `word/parts/p${i}.xml`, data: '<x/>' }))
    const error = await expectAppError(importDocx(buildZip([...docxEntries([{ text: 'x' }]), ...parts])), 'INVALID_INPUT')
    expect(error.message).toBe(`This .docx file has ${DOCX_LIMITS.maxEntries + 6} parts, more than the 2000 allowed: it may be a zip bomb`)
  })

  it('refuses a part that holds more than its header declares (a lying bomb)', async () => {
    const lying = { name: 'word/media/liar.bin', data: new Uint8Array(4 * MB), declaredSize: 1024 }
    const error = await expectAppError(importDocx(buildZip([...docxEntries([{ text: 'x' }]), lying])), 'INVALID_INPUT')
    expect(error.message).toBe('This .docx file holds more data than it declares (in word/media/liar.bin): it may be a zip bomb')
  })

  it('refuses a document.xml that declares less than it holds, before mammoth reads it', async () => {
    const entries = docxEntries([{ text: 'y'.repeat(100_000) }]).map((entry) => (entry.name === 'word/document.xml' ? { ...entry, declaredSize: 100 } : entry))
    const error = await expectAppError(importDocx(buildZip(entries)), 'INVALID_INPUT')
    expect(error.message).toMatch(/holds more data than it declares \(in word\/document\.xml\)/)
  })
})
