import { describe, expect, it } from 'vitest'
import { MAX_EDITOR_DEPTH, ZEditorDocument } from '@/lib/editor/editor-document'
import { isAllowedLinkHref } from '@/lib/editor/link-href'

function linkAttrsOf(document: unknown) {
  const parsed = ZEditorDocument.parse(document) as { content: { content: { marks: { attrs: unknown }[] }[] }[] }
  return parsed.content[0]!.content[0]!.marks[0]!.attrs
}

// What tiptap 3 itself serializes for this configuration (taken from Node.toJSON).
const TIPTAP_JSON = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Title' }] },
    {
      type: 'orderedList',
      attrs: { start: 1, type: null },
      content: [
        {
          type: 'listItem',
          content: [
            {
              type: 'paragraph',
              content: [
                {
                  type: 'text',
                  marks: [{ type: 'link', attrs: { href: 'https://example.org' } }, { type: 'bold' }, { type: 'italic' }],
                  text: 'hi',
                },
              ],
            },
            { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'nested' }] }] }] },
          ],
        },
      ],
    },
    { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'quoted' }] }] },
    { type: 'paragraph' },
  ],
}

function withParagraph(paragraph: unknown) {
  return { type: 'doc', content: [paragraph] }
}
function linked(href: unknown) {
  return withParagraph({ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href } }] }] })
}
function messages(input: unknown) {
  const result = ZEditorDocument.safeParse(input)
  expect(result.success).toBe(false)
  return result.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
}

describe('ZEditorDocument', () => {
  it('accepts the JSON tiptap produces, unchanged', () => {
    expect(ZEditorDocument.parse(TIPTAP_JSON)).toEqual(TIPTAP_JSON)
  })

  it('names an unknown node type and where it is', () => {
    expect(messages(withParagraph({ type: 'image', attrs: { src: 'x.png' } }))).toEqual(["content.0.type: unknown node type 'image'"])
    expect(messages(withParagraph({ type: 'paragraph', content: [{ type: 'hardBreak' }] }))).toEqual(["content.0.content.0.type: unknown node type 'hardBreak'"])
    expect(messages(withParagraph({ type: 'codeBlock', content: [] }))).toEqual(["content.0.type: unknown node type 'codeBlock'"])
  })

  it('refuses a known node in the wrong place', () => {
    expect(messages(withParagraph({ type: 'listItem', content: [{ type: 'paragraph' }] }))).toEqual(["content.0.type: node type 'listItem' is not allowed in a block position"])
    expect(messages(withParagraph({ type: 'bulletList', content: [{ type: 'paragraph' }] }))).toEqual(["content.0.content.0.type: node type 'paragraph' is not allowed in a list"])
    // A list item must open with a paragraph, as tiptap's `paragraph block*` says.
    expect(ZEditorDocument.safeParse(withParagraph({ type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'heading', attrs: { level: 1 } }] }] })).success).toBe(false)
  })

  it('refuses unknown marks, duplicate marks and unknown attributes', () => {
    const text = (node: object) => withParagraph({ type: 'paragraph', content: [{ type: 'text', text: 'x', ...node }] })
    expect(messages(text({ marks: [{ type: 'strike' }] }))).toEqual(["content.0.content.0.marks.0.type: unknown mark type 'strike'"])
    expect(messages(text({ marks: [{ type: 'bold' }, { type: 'bold' }] }))).toEqual(['content.0.content.0.marks: a mark appears twice on one text node'])
    expect(ZEditorDocument.safeParse(text({ attrs: { style: 'color:red' } })).success).toBe(false)
    expect(ZEditorDocument.safeParse(withParagraph({ type: 'paragraph', attrs: { onclick: 'x' } })).success).toBe(false)
    expect(ZEditorDocument.safeParse(withParagraph({ type: 'heading', attrs: { level: 7 } })).success).toBe(false)
  })

  it('refuses empty text nodes, an empty document and a root that is not a doc', () => {
    expect(messages(withParagraph({ type: 'paragraph', content: [{ type: 'text', text: '' }] }))).toEqual(['content.0.content.0.text: a text node cannot be empty'])
    expect(messages({ type: 'doc', content: [] })).toEqual(['content: the document needs a block'])
    expect(ZEditorDocument.safeParse({ type: 'paragraph', content: [] }).success).toBe(false)
    expect(ZEditorDocument.safeParse('<p>hi</p>').success).toBe(false)
  })

  it('accepts http, https and mailto links only', () => {
    for (const href of ['https://example.org/a?b=c#d', 'http://example.org', 'mailto:desk@example.org', 'HTTPS://EXAMPLE.ORG']) {
      expect(ZEditorDocument.safeParse(linked(href)).success, href).toBe(true)
    }
    for (const href of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', '\u0001javascript:alert(1)', 'data:text/html,<script>', 'vbscript:msgbox', 'ftp://example.org', '/relative', 'example.org', '']) {
      expect(messages(linked(href)), JSON.stringify(href)).toEqual(['content.0.content.0.marks.0.attrs.href: link href must be an absolute http, https or mailto URL'])
    }
    expect(isAllowedLinkHref(`https://example.org/${'a'.repeat(3000)}`)).toBe(false)
  })

  it('keeps only the href of a link, dropping what tiptap used to write by default', () => {
    const legacy = { href: 'https://example.org', target: '_blank', rel: 'noopener noreferrer nofollow', class: null, title: null }
    expect(linkAttrsOf(withParagraph({ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: legacy }] }] }))).toEqual({ href: 'https://example.org' })
  })

  it('refuses a link with its own target, class, rel, title or any other attribute', () => {
    const withAttrs = (attrs: object) => withParagraph({ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'https://example.org', ...attrs } }] }] })
    expect(messages(withAttrs({ target: '_top' }))).toEqual(['content.0.content.0.marks.0.attrs.target: a link keeps only its href, not a target'])
    expect(messages(withAttrs({ class: 'button-danger' }))).toEqual(['content.0.content.0.marks.0.attrs.class: a link keeps only its href, not a class'])
    expect(messages(withAttrs({ rel: 'opener' }))).toEqual(['content.0.content.0.marks.0.attrs.rel: a link keeps only its href, not a rel'])
    expect(messages(withAttrs({ title: 'Click me' }))).toEqual(['content.0.content.0.marks.0.attrs.title: a link keeps only its href, not a title'])
    expect(ZEditorDocument.safeParse(withAttrs({ onclick: 'steal()' })).success).toBe(false)
    expect(ZEditorDocument.safeParse(withAttrs({ style: 'position:fixed' })).success).toBe(false)
  })

  it('requires an href on a link', () => {
    const noHref = withParagraph({ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { target: '_blank' } }] }] })
    expect(messages(noHref)).toEqual(['content.0.content.0.marks.0.attrs.href: a link needs an href'])
    expect(ZEditorDocument.safeParse(linked(null)).success).toBe(false)
  })

  it('refuses nesting deeper than the limit before parsing it', () => {
    let block: object = { type: 'paragraph', content: [{ type: 'text', text: 'deep' }] }
    for (let i = 0; i < 5000; i += 1) block = { type: 'blockquote', content: [block] }
    expect(messages({ type: 'doc', content: [block] })).toEqual([`: the document is nested deeper than ${MAX_EDITOR_DEPTH} levels`])
    let shallow: object = { type: 'paragraph', content: [{ type: 'text', text: 'ok' }] }
    for (let i = 0; i < MAX_EDITOR_DEPTH - 2; i += 1) shallow = { type: 'blockquote', content: [shallow] }
    expect(ZEditorDocument.safeParse({ type: 'doc', content: [shallow] }).success).toBe(true)
  })

  it('refuses too many nodes', () => {
    const paragraphs = Array.from({ length: 200_001 }, () => ({ type: 'paragraph' }))
    expect(messages({ type: 'doc', content: paragraphs })).toEqual([': the document has more than 200000 nodes'])
  })
})
