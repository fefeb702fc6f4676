import { getSchema } from '@tiptap/core'
import { Node } from '@tiptap/pm/model'
import { describe, expect, it } from 'vitest'
import { canonicalizeDocument } from '@/lib/editor/canonicalize'
import { documentFromBlocks } from '@/lib/editor/document-from-blocks'
import type { EditorBlock, EditorDocument, EditorInline, EditorListItem, EditorMark, EditorParagraph } from '@/lib/editor/editor-document'
import { editorExtensions } from '@/lib/editor/extensions'
import { offsetToPosition, positionToOffset, textblockSpans } from '@/lib/editor/text-positions'
import { assembleBlocks } from '@/lib/import/assemble-blocks'

// The real editor schema, so the positions are checked against ProseMirror itself.
const schema = getSchema(editorExtensions())
const BOLD: EditorMark = { type: 'bold' }
const LINK: EditorMark = { type: 'link', attrs: { href: 'https://example.org' } }
const t = (text: string, ...marks: EditorMark[]): EditorInline => (marks.length ? { type: 'text', text, marks } : { type: 'text', text })
const p = (...content: EditorInline[]): EditorParagraph => ({ type: 'paragraph', content })
const item = (first: EditorParagraph, ...rest: EditorBlock[]): EditorListItem => ({ type: 'listItem', content: [first, ...rest] })

const IMPORTED = assembleBlocks([
  { kind: 'heading', level: 1, text: 'T' },
  { kind: 'list_item', level: 1, text: 'a' },
  { kind: 'list_item', level: 2, text: 'b' },
  { kind: 'quote', text: 'q' },
])

const DOCUMENTS: Record<string, EditorDocument> = {
  'paragraphs with marks and astral characters': {
    type: 'doc',
    content: [p(t('Growth of '), t('3.2 %', BOLD), t(' in 😀 2024', LINK)), { type: 'heading', attrs: { level: 3 }, content: [t('Heading')] }],
  },
  'nested lists': {
    type: 'doc',
    content: [
      p(t('Before')),
      { type: 'bulletList', content: [item(p(t('one')), p(t('one again')), { type: 'orderedList', attrs: { start: 3, type: null }, content: [item(p(t('deep')))] }), item(p(t('two')))] },
      p(t('After')),
    ],
  },
  'quotes around lists': {
    type: 'doc',
    content: [{ type: 'blockquote', content: [p(t('said')), { type: 'bulletList', content: [item(p(t('x'), t('y', BOLD)))] }, { type: 'blockquote', content: [p(t('inner'))] }] }, p(t('end'))],
  },
  'an import': documentFromBlocks(IMPORTED.text, IMPORTED.blocks),
}

describe.each(Object.entries(DOCUMENTS))('text positions: %s', (_name, input) => {
  const { content, text } = canonicalizeDocument(input)
  const node = Node.fromJSON(schema, content)
  const spans = textblockSpans(content)

  it('is a valid ProseMirror document of the editor schema', () => {
    expect(() => node.check()).not.toThrow()
    expect(node.toJSON()).toEqual(content)
  })

  it('places every line where ProseMirror has it', () => {
    expect(spans.map((span) => node.textBetween(span.pos, span.pos + span.length))).toEqual(text.split('\n'))
    for (const span of spans) expect(node.resolve(span.pos).parent.isTextblock).toBe(true)
  })

  it('maps every character offset to the position of that character and back', () => {
    for (let offset = 0; offset < text.length; offset += 1) {
      if (text[offset] === '\n') continue
      const pos = offsetToPosition(spans, offset)
      expect(node.textBetween(pos, pos + 1)).toBe(text[offset])
      expect(node.nodeAt(pos)?.isText).toBe(true)
      expect(positionToOffset(spans, pos)).toBe(offset)
    }
  })

  it('maps the end of each line to the end of its textblock', () => {
    for (const span of spans) {
      const pos = offsetToPosition(spans, span.offset + span.length)
      expect(pos).toBe(span.pos + span.length)
      expect(node.resolve(pos).parentOffset).toBe(node.resolve(pos).parent.content.size)
      expect(positionToOffset(spans, pos)).toBe(span.offset + span.length)
    }
  })

  it('clamps positions between textblocks to the end of the line before, and offsets outside the text', () => {
    expect(positionToOffset(spans, 0)).toBe(0)
    expect(positionToOffset(spans, node.content.size)).toBe(text.length)
    for (const [index, span] of spans.entries()) {
      const next = spans[index + 1]
      if (!next) continue
      for (let pos = span.pos + span.length; pos < next.pos; pos += 1) expect(positionToOffset(spans, pos)).toBe(span.offset + span.length)
    }
    expect(offsetToPosition(spans, -5)).toBe(spans[0]!.pos)
    expect(offsetToPosition(spans, text.length + 10)).toBe(spans.at(-1)!.pos + spans.at(-1)!.length)
  })
})

describe('editorExtensions', () => {
  it('builds exactly the nodes and marks ZEditorDocument accepts', () => {
    expect(Object.keys(schema.nodes).sort()).toEqual(['blockquote', 'bulletList', 'doc', 'heading', 'listItem', 'orderedList', 'paragraph', 'text'])
    expect(Object.keys(schema.marks)).toEqual(['link', 'bold', 'italic'])
    expect(Object.keys(schema.marks.link!.spec.attrs!)).toEqual(['href'])
  })

  it('reads only the href of a pasted link', () => {
    const pasted: Record<string, string> = { href: 'https://example.org/a', target: '_top', class: 'evil', title: 'Click', rel: 'opener', onclick: 'steal()' }
    const element = { getAttribute: (name: string) => pasted[name] ?? null, hasAttribute: (name: string) => name in pasted } as unknown as HTMLElement & string
    const rule = schema.marks.link!.spec.parseDOM![0]!
    expect(rule.getAttrs!(element)).toEqual({ href: 'https://example.org/a' })
    const script = { getAttribute: (name: string) => (name === 'href' ? 'javascript:steal()' : null) } as unknown as HTMLElement & string
    expect(rule.getAttrs!(script)).toBe(false)
  })

  it('draws every link with its href and rel="noopener noreferrer nofollow", and nothing else', () => {
    const link = schema.marks.link!
    const [tag, attrs] = link.spec.toDOM!(link.create({ href: 'https://example.org/a' }), true) as [string, Record<string, string | null>]
    expect(tag).toBe('a')
    // null attributes are not drawn by ProseMirror
    expect(Object.fromEntries(Object.entries(attrs).filter(([, value]) => value !== null))).toEqual({ href: 'https://example.org/a', rel: 'noopener noreferrer nofollow' })
    // an old stored link's target or class does not survive into the editor
    const legacy = schema.markFromJSON({ type: 'link', attrs: { href: 'https://example.org/a', target: '_blank', class: 'x' } })
    expect(legacy.attrs).toEqual({ href: 'https://example.org/a' })
  })
})

describe('text positions of an empty document', () => {
  it('are all 0', () => {
    expect(textblockSpans({ type: 'doc', content: [] })).toEqual([])
    expect(offsetToPosition([], 7)).toBe(0)
    expect(positionToOffset([], 7)).toBe(0)
  })
})
