import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { reanchor } from '@/lib/anchor/reanchor'
import { textQuoteSelector } from '@/lib/anchor/selectors'

const WORDS = ['the', 'rate', 'rose', '4%', 'over', '$15.3', 'billion', 'in', '2024', 'said', 'ministry', 'million', 'users', 'fell', 'a']

const text = fc.array(fc.constantFrom(...WORDS, '.', '\n\n'), { minLength: 5, maxLength: 80 }).map((words) => words.join(' '))
const edit = fc.record({
  at: fc.nat(),
  deleteCount: fc.nat({ max: 30 }),
  insert: fc.array(fc.constantFrom(...WORDS, 'x', '9'), { maxLength: 6 }).map((words) => words.join(' ')),
})

function applyEdits(source: string, edits: { at: number; deleteCount: number; insert: string }[]): string {
  return edits.reduce((current, { at, deleteCount, insert }) => {
    const position = at % (current.length + 1)
    return current.slice(0, position) + insert + current.slice(position + deleteCount)
  }, source)
}

describe('reanchor: properties', () => {
  it('keeps every re-anchored span inside the new text, and exact/moved spans equal the old quote', () => {
    fc.assert(
      fc.property(text, fc.array(edit, { minLength: 1, maxLength: 4 }), fc.nat(), fc.nat({ max: 40 }), (oldText, edits, from, size) => {
        const start = from % oldText.length
        const end = Math.min(oldText.length, start + 1 + size)
        const anchor = { id: 'p', start, end, ...textQuoteSelector(oldText, start, end) }
        const newText = applyEdits(oldText, edits)
        const [result] = reanchor(oldText, newText, [anchor])
        if (result!.status === 'orphaned') return
        expect(result!.start).toBeGreaterThanOrEqual(0)
        expect(result!.end).toBeLessThanOrEqual(newText.length)
        expect(result!.start).toBeLessThan(result!.end!)
        expect(newText.slice(result!.start, result!.end)).toBe(result!.quote)
        if (result!.status === 'exact' || result!.status === 'moved') {
          expect(result!.quote).toBe(anchor.exact)
          expect(result!.numbersChanged).toBe(false)
        }
      }),
      { numRuns: 1000 },
    )
  })
})
