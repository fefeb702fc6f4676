import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { importFile } from '@/lib/import'
import { AppError } from '@/lib/errors'
import { toCanonicalText } from '@/lib/text/canonical-text'
import { expectJoinedBlocks, expectWellFormed, utf8 } from '../support/import-document'

// Text a writer could type, with the awkward parts over-represented: line ends of
// every kind, combining marks, astral characters, no-break spaces and markup.
const awkward = fc.constantFrom('\n', '\r\n', '\r', ' ', '\t', '\u00a0', '\u2009', '\u0301', '😀', '\uFEFF', '#', '*', '_', '`', '>', '-', '1.', '[', ']', '(', ')', '<', '&', '|', '~', '\\')
const writing = fc.array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 12 }), awkward), { maxLength: 60 }).map((parts) => parts.join(''))
const anyString = fc.string({ unit: 'binary', maxLength: 200 })

// A refusal must be an AppError naming the problem; anything else is a bug.
async function importOrRefusal(filename: string, text: string) {
  try {
    return await importFile({ filename, bytes: utf8(text) })
  } catch (error) {
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).message).toMatch(/^(The file (is empty|contains no text to check)|This file is binary, not text)/)
    return null
  }
}

describe('importFile on random input (fast-check)', () => {
  it('imports .txt as exactly the canonical input, with blocks that tile it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(writing, anyString), async (input) => {
        const document = await importOrRefusal('random.txt', input)
        if (!document) return
        expect(document.text).toBe(toCanonicalText(input))
        expectWellFormed(document)
      }),
      { numRuns: 400 },
    )
  })

  it('turns any Markdown or HTML into well-formed blocks joined by newlines, or a clear refusal', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(writing, anyString), fc.constantFrom('random.md', 'random.html'), async (input, filename) => {
        const document = await importOrRefusal(filename, input)
        if (document) expectJoinedBlocks(document)
      }),
      { numRuns: 400 },
    )
  })

  it('refuses a non-empty .txt only when it really has no text or is binary', async () => {
    await fc.assert(
      fc.asyncProperty(writing, async (input) => {
        const document = await importOrRefusal('random.txt', input)
        const canonical = toCanonicalText(input)
        const hasControls = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/.test(input)
        if (!document && !hasControls) expect(canonical.trim()).toBe('')
      }),
      { numRuns: 300 },
    )
  })
})
