import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonicalizeDocument } from '@/lib/editor/canonicalize'
import { documentFromBlocks } from '@/lib/editor/document-from-blocks'
import { ZEditorDocument, type EditorBlock, type EditorDocument, type EditorInline, type EditorMark, type EditorParagraph } from '@/lib/editor/editor-document'
import { assembleBlocks } from '@/lib/import/assemble-blocks'
import type { Block } from '@/lib/import/types'
import { toCanonicalText } from '@/lib/text/canonical-text'

const BOLD: EditorMark = { type: 'bold' }
const ITALIC: EditorMark = { type: 'italic' }
const LINK: EditorMark = { type: 'link', attrs: { href: 'https://example.org' } }
const t = (text: string, ...marks: EditorMark[]): EditorInline => (marks.length ? { type: 'text', text, marks } : { type: 'text', text })
const p = (...content: EditorInline[]): EditorParagraph => ({ type: 'paragraph', content })
type ItemContent = [EditorParagraph, ...EditorBlock[]]
const doc = (...content: EditorBlock[]): EditorDocument => ({ type: 'doc', content })
const bullets = (...items: ItemContent[]): EditorBlock => ({ type: 'bulletList', content: items.map((content) => ({ type: 'listItem', content })) })

describe('canonicalizeDocument', () => {
  it('makes one line per textblock, with kinds and list depths', () => {
    const input = doc(
      { type: 'heading', attrs: { level: 2 }, content: [t('Title')] },
      p(t('Intro')),
      bullets([p(t('one')), p(t('one, more')), bullets([p(t('deep'))])], [p(t('two'))]),
      { type: 'blockquote', content: [p(t('said')), bullets([p(t('quoted item'))])] },
    )
    const { text, blocks } = canonicalizeDocument(input)
    expect(text).toBe('Title\nIntro\none\none, more\ndeep\ntwo\nsaid\nquoted item')
    expect(blocks.map((b) => [b.kind, b.level, text.slice(b.start, b.end)])).toEqual([
      ['heading', 2, 'Title'],
      ['paragraph', undefined, 'Intro'],
      ['list_item', 1, 'one'],
      ['list_item', 1, 'one, more'],
      ['list_item', 2, 'deep'],
      ['list_item', 1, 'two'],
      ['quote', undefined, 'said'],
      ['list_item', 1, 'quoted item'],
    ])
  })

  it('collapses whitespace across text nodes and keeps marks on what remains', () => {
    const { content, text } = canonicalizeDocument(doc(p(t('  The \t'), t('  big ', BOLD), t('\u00ADnum', BOLD), t('ber\u200B ', BOLD, ITALIC), t('\n'))))
    expect(text).toBe('The big number')
    expect(content.content).toEqual([p(t('The '), t('big num', BOLD), t('ber', BOLD, ITALIC))])
  })

  it('keeps no-break spaces, as imports do, and merges neighbours with equal marks', () => {
    const { content, text } = canonicalizeDocument(doc(p(t('15\u00a0000 ', LINK), t('km', { type: 'link', attrs: { href: 'https://example.org' } }))))
    expect(text).toBe('15\u00a0000 km')
    expect(content.content).toEqual([p(t('15\u00a0000 km', LINK))])
  })

  it('orders marks as tiptap does, so equal formatting serializes equally', () => {
    const { content } = canonicalizeDocument(doc(p(t('a', ITALIC, LINK, BOLD), t('b', BOLD, ITALIC, LINK))))
    expect(content.content).toEqual([p(t('ab', LINK, BOLD, ITALIC))])
  })

  it('normalizes to NFC, dropping marks only where a boundary splits a character', () => {
    expect(canonicalizeDocument(doc(p(t('Cafe\u0301', BOLD)))).content.content).toEqual([p(t('Caf\u00e9', BOLD))])
    const split = canonicalizeDocument(doc(p(t('Cafe', BOLD), t('\u0301 open'))))
    expect(split.text).toBe('Caf\u00e9 open')
    expect(split.content.content).toEqual([p(t('Caf\u00e9 open'))])
  })

  it('removes empty textblocks, then the lists, items and quotes they leave empty', () => {
    const { content, text } = canonicalizeDocument(doc(p(), p(t(' \u200B ')), bullets([p(t(' '))]), { type: 'blockquote', content: [p()] }, p(t('kept'))))
    expect(text).toBe('kept')
    expect(content.content).toEqual([p(t('kept'))])
  })

  it('lifts what remains of an item whose own line was emptied, keeping the document valid', () => {
    const input = doc(bullets([p(t('a'))], [p(t(' ')), bullets([p(t('child'))]), p(t('tail'))], [p(t('b'))]))
    const { content, text, blocks } = canonicalizeDocument(input)
    expect(text).toBe('a\nchild\ntail\nb')
    expect(content.content).toEqual([bullets([p(t('a'))]), bullets([p(t('child'))]), p(t('tail')), bullets([p(t('b'))])])
    expect(blocks.map((b) => b.kind)).toEqual(['list_item', 'list_item', 'paragraph', 'list_item'])
    expect(ZEditorDocument.safeParse(content).success).toBe(true)
  })

  it('leaves no content and no text when nothing is written', () => {
    expect(canonicalizeDocument(doc(p(), p(t('  '))))).toEqual({ content: doc(), text: '', blocks: [] })
  })
})

describe('documentFromBlocks', () => {
  const lines: [Block['kind'], number | undefined, string][] = [
    ['heading', 1, 'Title'],
    ['paragraph', undefined, 'Intro, with *stars*'],
    ['list_item', 1, 'one'],
    ['list_item', 2, 'one.one'],
    ['list_item', 3, 'one.one.one'],
    ['list_item', 1, 'two'],
    ['quote', undefined, 'first quoted'],
    ['quote', undefined, 'second quoted'],
    ['paragraph', undefined, 'End'],
  ]
  const { text, blocks } = assembleBlocks(lines.map(([kind, level, line]) => (level === undefined ? { kind, text: line } : { kind, level, text: line })))

  it('round-trips imported text and blocks through canonicalizeDocument', () => {
    const document = documentFromBlocks(text, blocks)
    expect(ZEditorDocument.parse(document)).toEqual(document)
    expect(canonicalizeDocument(document)).toEqual({ content: document, text, blocks })
    expect(document.content.map((block) => block.type)).toEqual(['heading', 'paragraph', 'bulletList', 'blockquote', 'paragraph'])
  })

  it('makes one paragraph per non-blank line without blocks', () => {
    expect(documentFromBlocks('a\n\n  b c  \n', null)).toEqual(doc(p(t('a')), p(t('b c'))))
  })

  it('nests a list that starts or jumps too deep one level at a time', () => {
    const jumpy = assembleBlocks([{ kind: 'list_item', level: 3, text: 'x' }, { kind: 'list_item', level: 4, text: 'y' }, { kind: 'list_item', level: 1, text: 'z' }])
    const result = canonicalizeDocument(documentFromBlocks(jumpy.text, jumpy.blocks))
    expect(result.text).toBe(jumpy.text)
    expect(result.blocks.map((b) => b.level)).toEqual([1, 2, 1])
  })
})

// Text a writer could type, with the awkward parts over-represented.
const awkward = fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0', '\u2009', '\u0301', '\u00ad', '\u200b', '\u2028', 'e', '😀', '\u0007')
const writing = fc.array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 6 }), awkward), { maxLength: 8 }).map((parts) => parts.join(''))
const mark = fc.constantFrom(BOLD, ITALIC, LINK, { type: 'link', attrs: { href: 'mailto:a@example.org' } } as EditorMark)
const inline = fc.record({ text: writing.filter(Boolean), marks: fc.uniqueArray(mark, { selector: (m) => m.type, maxLength: 3 }) }).map(({ text, marks }) => t(text, ...marks))
const { block } = fc.letrec<{ block: EditorBlock; item: ItemContent }>((tie) => ({
  block: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.array(inline, { maxLength: 4 }).map((content) => p(...content)),
    fc.tuple(fc.integer({ min: 1, max: 6 }), fc.array(inline, { maxLength: 3 })).map(([level, content]): EditorBlock => ({ type: 'heading', attrs: { level: level as 1 }, content })),
    fc.array(tie('item'), { minLength: 1, maxLength: 3 }).map((items) => bullets(...items)),
    fc.array(tie('block'), { minLength: 1, maxLength: 3 }).map((content): EditorBlock => ({ type: 'blockquote', content })),
  ),
  item: fc.tuple(fc.array(inline, { maxLength: 3 }), fc.array(tie('block'), { maxLength: 2 })).map(([first, rest]): ItemContent => [p(...first), ...rest]),
}))
const documents = fc.array(block, { minLength: 1, maxLength: 5 }).map((content) => doc(...content))

function rawLines(blocks: readonly EditorBlock[]): string[] {
  return blocks.flatMap((b) => {
    if (b.type === 'paragraph' || b.type === 'heading') return [(b.content ?? []).map((i) => i.text).join('')]
    if (b.type === 'blockquote') return rawLines(b.content)
    return b.content.flatMap((item) => rawLines(item.content))
  })
}

describe('canonicalizeDocument on random documents (fast-check)', () => {
  it('is idempotent, yields canonical text as imports would, and a valid document', () => {
    fc.assert(
      fc.property(documents, (input) => {
        const first = canonicalizeDocument(input)
        expect(canonicalizeDocument(first.content)).toEqual(first)
        expect(toCanonicalText(first.text)).toBe(first.text)
        expect(first.text).toBe(assembleBlocks(rawLines(input.content).map((line) => ({ kind: 'paragraph', text: line }))).text)
        expect(rawLines(first.content.content).join('\n')).toBe(first.text)
        expect(first.blocks.map((b) => first.text.slice(b.start, b.end)).join('\n')).toBe(first.text)
        if (first.text) expect(ZEditorDocument.safeParse(first.content).success).toBe(true)
      }),
      { numRuns: 500 },
    )
  })

  it('round-trips through documentFromBlocks', () => {
    fc.assert(
      fc.property(documents, (input) => {
        const { text, blocks } = canonicalizeDocument(input)
        expect(canonicalizeDocument(documentFromBlocks(text, blocks)).text).toBe(text)
      }),
      { numRuns: 300 },
    )
  })
})
