import { describe, expect, it } from 'vitest'
import { canonicalizeDocument } from '@/lib/editor/canonicalize'
import type { EditorBlock, EditorDocument, EditorParagraph } from '@/lib/editor/editor-document'
import { ZEditorDocument } from '@/lib/editor/editor-document'
import { mergeDocuments } from '@/lib/editor/merge-documents'

const p = (text: string, bold = false): EditorParagraph => ({ type: 'paragraph', content: [bold ? { type: 'text', text, marks: [{ type: 'bold' }] } : { type: 'text', text }] })
const doc = (...lines: (string | EditorBlock)[]): EditorDocument => ({ type: 'doc', content: lines.map((line) => (typeof line === 'string' ? p(line) : line)) })
const textOf = (document: EditorDocument) => canonicalizeDocument(document).text

const BASE = doc('A', 'B', 'C', 'D', 'E')

describe('mergeDocuments', () => {
  it('combines edits to different blocks from both sides', () => {
    const theirs = doc('A', 'B changed by them', 'C', 'D', 'E')
    const mine = doc('A', 'B', 'C', 'D', 'E changed by me', 'F added by me')
    const { content, conflicts } = mergeDocuments(BASE, theirs, mine)
    expect(conflicts).toBe(0)
    expect(textOf(content)).toBe('A\nB changed by them\nC\nD\nE changed by me\nF added by me')
  })

  it('combines a deletion on one side with an insertion on the other', () => {
    const { content, conflicts } = mergeDocuments(BASE, doc('A', 'C', 'D', 'E'), doc('A', 'B', 'C', 'C2', 'D', 'E'))
    expect(conflicts).toBe(0)
    expect(textOf(content)).toBe('A\nC\nC2\nD\nE')
  })

  it('keeps both versions of a block both sides changed, theirs first, and counts it', () => {
    const { content, conflicts } = mergeDocuments(BASE, doc('A', 'B', 'C by them', 'D', 'E'), doc('A', 'B', 'C by me', 'D', 'E'))
    expect(conflicts).toBe(1)
    expect(textOf(content)).toBe('A\nB\nC by them\nC by me\nD\nE')
  })

  it('sees a change of formatting alone as a change', () => {
    const { content, conflicts } = mergeDocuments(BASE, doc('A', p('B', true), 'C', 'D', 'E'), doc('A', 'B', 'C', 'D', 'E2'))
    expect(conflicts).toBe(0)
    expect(content).toEqual(doc('A', p('B', true), 'C', 'D', 'E2'))
  })

  it('keeps what one side changed where the other deleted it', () => {
    const { content, conflicts } = mergeDocuments(BASE, doc('A', 'B', 'D', 'E'), doc('A', 'B', 'C edited', 'D', 'E'))
    expect(conflicts).toBe(1)
    expect(textOf(content)).toBe('A\nB\nC edited\nD\nE')
  })

  it('takes the same change from both sides once, without a conflict', () => {
    const same = doc('A', 'B', 'C', 'D!', 'E')
    expect(mergeDocuments(BASE, same, same)).toEqual({ content: same, conflicts: 0 })
  })

  it('returns a valid document for lists and quotes', () => {
    const list: EditorBlock = { type: 'bulletList', content: [{ type: 'listItem', content: [p('item')] }] }
    const quote: EditorBlock = { type: 'blockquote', content: [p('quoted')] }
    const { content, conflicts } = mergeDocuments(doc('A', list), doc('A', list, quote), doc('A2', list))
    expect(conflicts).toBe(0)
    expect(ZEditorDocument.parse(content)).toEqual(doc('A2', list, quote))
  })
})
