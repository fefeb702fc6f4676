import { describe, expect, it } from 'vitest'
import { bestMatchIn, similarity } from '@/lib/anchor/edit-distance'

describe('bestMatchIn', () => {
  it('finds the closest substring with its errors, bounded to the match', () => {
    const text = 'Lorem ipsum dolor sit amet. The ministry reported 4.1% growth. Consectetur.'
    expect(bestMatchIn('ministry reprted 4.1% growth', text, 0, text.length, 5)).toEqual({ start: 32, end: 61, errors: 1 })
  })

  it('never starts a match before the searched window', () => {
    const text = 'x'.repeat(500) + 'quarterly revenue'
    const match = bestMatchIn('quarterly revenue!!', text, 400, text.length, 6)
    expect(match!.start).toBeGreaterThanOrEqual(400)
    expect(text.slice(match!.start, match!.end)).toBe('quarterly revenue')
  })

  it('returns null beyond the error budget', () => {
    expect(bestMatchIn('completely different', 'nothing alike here at all', 0, 25, 3)).toBeNull()
  })
})

describe('similarity', () => {
  it('is 1 for equal strings and for an empty expected context, lower with edits', () => {
    expect(similarity('abcd', 'abcd')).toBe(1)
    expect(similarity('', 'whatever')).toBe(1)
    expect(similarity('abcd', 'abxd')).toBe(0.75)
  })
})
