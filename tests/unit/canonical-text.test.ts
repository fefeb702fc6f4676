import { describe, expect, it } from 'vitest'
import { toCanonicalText, utf8ByteLength } from '@/lib/text/canonical-text'
import { contentHash } from '@/lib/text/content-hash'

describe('toCanonicalText', () => {
  it('normalises line ends, NFC and a leading byte-order mark', () => {
    const decomposed = 'Cafe\u0301'
    expect(toCanonicalText(`\uFEFFline one\r\nline two\rline three\n\n`)).toBe('line one\nline two\nline three')
    expect(toCanonicalText(decomposed)).toBe('Caf\u00e9')
    expect(toCanonicalText('\uFEFF\uFEFF!')).toBe('!')
  })

  it('keeps inner whitespace and leading indentation', () => {
    expect(toCanonicalText('  a  b\n\n c ')).toBe('  a  b\n\n c')
  })
})

describe('contentHash', () => {
  it('is the SHA-256 of the UTF-8 text, so equal texts hash alike', () => {
    expect(contentHash('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
    expect(contentHash(toCanonicalText('a\r\nb'))).toBe(contentHash(toCanonicalText('a\nb')))
  })
})

describe('utf8ByteLength', () => {
  it('counts bytes, not UTF-16 code units', () => {
    expect(utf8ByteLength('€')).toBe(3)
    expect(utf8ByteLength('😀')).toBe(4)
  })
})
