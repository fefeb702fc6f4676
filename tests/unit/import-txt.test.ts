import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { importFile } from '@/lib/import'
import { toCanonicalText } from '@/lib/text/canonical-text'
import { expectWellFormed, outline, utf8 } from '../support/import-document'

const SEED = new URL('../../prisma/seed/china-russia-ai-cooperation.txt', import.meta.url)

describe('importFile: .txt', () => {
  it('keeps the text exactly, made canonical, one paragraph block per non-blank line', async () => {
    const input = '\uFEFFTitle of the piece\r\n\r\n  Cafe\u0301 prices rose 5%.  \r\nSecond line.\n\n\n'
    const document = await importFile({ filename: 'notes.txt', bytes: utf8(input) })
    expect(document.text).toBe(toCanonicalText(input))
    expect(document.text).toBe('Title of the piece\n\n  Caf\u00e9 prices rose 5%.  \nSecond line.')
    expect(outline(document)).toEqual([
      ['heading', 1, 'Title of the piece'],
      ['paragraph', undefined, 'Caf\u00e9 prices rose 5%.'],
      ['paragraph', undefined, 'Second line.'],
    ])
    expect(document).toMatchObject({ format: 'txt', title: 'Title of the piece', metadata: {} })
    expectWellFormed(document)
  })

  it('takes no title from a first line that reads as a sentence, or from a one-line file', async () => {
    const sentence = await importFile({ filename: 'a.txt', bytes: utf8('GDP grew 3% in 2024.\nMore text.') })
    expect(sentence.title).toBeNull()
    expect(sentence.blocks[0]!.kind).toBe('paragraph')
    const single = await importFile({ filename: 'a.txt', bytes: utf8('Only line') })
    expect(single.title).toBeNull()
  })

  it('reads UTF-16 with a byte-order mark, as Windows saves "Unicode" text', async () => {
    const text = 'Ünïcode title\nSecond line'
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    const document = await importFile({ filename: 'win.txt', bytes: le })
    expect(document.text).toBe(text)
  })

  it('keeps no-break and thin spaces inside numbers', async () => {
    const document = await importFile({ filename: 'a.txt', bytes: utf8('Heading\n15\u00a0000 and 20\u2009000 people') })
    expect(document.text).toContain('15\u00a0000 and 20\u2009000')
  })

  it('imports the seed article with its title and one block per paragraph', async () => {
    const bytes = readFileSync(SEED)
    const document = await importFile({ filename: 'china-russia-ai-cooperation.txt', bytes })
    expect(document.title).toBe('China-Russia Technological Cooperation in the Era of Artificial Intelligence')
    expect(document.text).toBe(toCanonicalText(bytes.toString('utf8')))
    expect(document.text).toContain('from $8 billion in 2014 to over $110 billion in 2024')
    expectWellFormed(document)
  })
})
