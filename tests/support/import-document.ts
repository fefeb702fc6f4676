import { expect } from 'vitest'
import type { ImportedDocument } from '@/lib/import'
import { toCanonicalText } from '@/lib/text/canonical-text'

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)

// The contract every imported document keeps, whatever its format: canonical text;
// blocks in order, one non-blank line each, trimmed, and only whitespace between them.
export function expectWellFormed(document: ImportedDocument): void {
  const { text, blocks } = document
  expect(toCanonicalText(text)).toBe(text)
  expect(text.trim()).not.toBe('')
  let previousEnd = 0
  blocks.forEach((block, i) => {
    const slice = text.slice(block.start, block.end)
    const gap = text.slice(previousEnd, block.start)
    expect(block.start, `block ${i} starts after the previous one`).toBeGreaterThanOrEqual(previousEnd)
    expect(slice.length, `block ${i} is not empty`).toBeGreaterThan(0)
    expect(slice).not.toContain('\n')
    expect(slice.trim()).toBe(slice)
    expect(gap.trim(), `only whitespace before block ${i}`).toBe('')
    if (i > 0) expect(gap).toContain('\n')
    previousEnd = block.end
  })
  expect(text.slice(previousEnd).trim()).toBe('')
  expect(blocks.length).toBe(text.split('\n').filter((line) => line.trim()).length)
}

// Formats whose text we write ourselves (Markdown, HTML, .docx): exactly the blocks,
// joined by "\n".
export function expectJoinedBlocks(document: ImportedDocument): void {
  expectWellFormed(document)
  expect(document.text).toBe(document.blocks.map((block) => document.text.slice(block.start, block.end)).join('\n'))
}

// [kind, level, text] per block: what a reader of the document would see.
export function outline(document: ImportedDocument): Array<[string, number | undefined, string]> {
  return document.blocks.map((block) => [block.kind, block.level, document.text.slice(block.start, block.end)])
}
